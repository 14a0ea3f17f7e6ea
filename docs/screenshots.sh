#!/bin/bash
# Photographs the demo as a user sees it, with the window filling the screen.
# At 1280x800: the main window with a row selected and the job inspector of that row, in English
# (docs/demo-main.png, docs/demo-job.png) and in German (docs/demo-main-de.png,
# docs/demo-job-de.png), the export dialog (docs/demo-export.png), and the Overview of every
# protection group (docs/demo-overview.png, docs/demo-overview-de.png), the Acknowledge dialog and
# gone rows (docs/demo-acknowledge.png, docs/demo-gone.png).
# At 1000x650 (the smallest size the window is made for): the main window in English, German and
# Chinese (docs/small-main.png, docs/small-main-de.png, docs/small-main-zh.png).
# Needs: SDRS_WITH_SCREENSHOT_TOOLS=1 bash .ci/deps, and a build in build/.
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/screenshots.sh
#   xvfb-run -a -s "-screen 0 1000x650x24" bash docs/screenshots.sh small
set -euo pipefail
cd "$(dirname "$0")/.."
size=$(xdpyinfo 2>/dev/null | awk '/dimensions:/ {print $2}')
size=${size:-1280x800}

# fill: the demo's window takes the whole screen (there is no window manager under Xvfb).
fill() {
    local window
    window=$(xdotool search --onlyvisible --name SDRS | head -1)
    xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
    xdotool windowfocus --sync "$window"
    sleep 1
}

# shoot SUFFIX LANG: one run of the demo with fresh settings (the default layout).
shoot() {
    local suffix=$1 lang=$2 home
    home=$(mktemp -d)
    TZ=Europe/Berlin HOME=$home LANG=$lang LC_ALL=$lang build/app/sdrs-failures --demo &
    local pid=$!
    sleep 5
    fill
    # The third-newest group-level failure: an embedded JSON error and a job with two levels of
    # sub-jobs.
    xdotool mousemove 640 300 key Down key Down
    sleep 1
    import -window root "docs/demo-main$suffix.png"
    xdotool key Return
    sleep 3
    import -window "$(xdotool search --onlyvisible --name '^(Job|作业) ' | head -1)" "docs/demo-job$suffix.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}

# The export dialog over three selected rows.
export_dialog() {
    local home
    home=$(mktemp -d)
    HOME=$home LANG=C.UTF-8 LC_ALL=C.UTF-8 build/app/sdrs-failures --demo &
    local pid=$!
    sleep 5
    fill
    xdotool mousemove 640 300 click 1 key shift+Down key shift+Down key ctrl+e
    sleep 1.5
    import -window root docs/demo-export.png
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}

# overview SUFFIX LANG: View > Overview over "All protection groups".
overview() {
    local suffix=$1 lang=$2 home
    home=$(mktemp -d)
    TZ=Europe/Berlin HOME=$home LANG=$lang LC_ALL=$lang build/app/sdrs-failures --demo &
    local pid=$!
    sleep 5
    fill
    xdotool key ctrl+shift+o
    sleep 1
    # The scope: "All protection groups", the second entry of the group dropdown.
    xdotool key alt+g key alt+Down
    sleep 0.5
    xdotool key Home key Down key Return
    sleep 4
    import -window root "docs/demo-overview$suffix.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}

# triage: the Acknowledge dialog over two rows (docs/demo-acknowledge.png), then one task deleted by
# this program and View > Show gone failures: the gone row greyed, the acknowledged rows marked
# (docs/demo-gone.png).
triage() {
    local home
    home=$(mktemp -d)
    TZ=Europe/Berlin HOME=$home LANG=C.UTF-8 LC_ALL=C.UTF-8 build/app/sdrs-failures --demo &
    local pid=$!
    sleep 5
    fill
    xdotool mousemove 640 300 click 1 key shift+Down key ctrl+k
    sleep 1
    xdotool type --delay 20 "INC-4711, waiting for EVS"
    import -window root docs/demo-acknowledge.png
    xdotool key Return
    sleep 1
    # Without a window manager the window is not active again after the dialog: a click on a row
    # makes it so.
    xdotool mousemove 640 372 click 1
    sleep 0.5
    xdotool key Delete
    sleep 1
    xdotool key alt+d
    sleep 3
    # Close the delete's results, then View > Show gone failures, and select the gone row.
    xdotool key Escape
    sleep 0.5
    xdotool mousemove 96 8 click 1
    sleep 1
    xdotool mousemove 163 117 click 1
    sleep 2
    xdotool mousemove 640 372 click 1
    sleep 1
    import -window root docs/demo-gone.png
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}

# small SUFFIX LANG: the main window at the smallest size, a row selected.
small() {
    local suffix=$1 lang=$2 home
    home=$(mktemp -d)
    TZ=Asia/Shanghai HOME=$home LANG=$lang LC_ALL=$lang build/app/sdrs-failures --demo &
    local pid=$!
    sleep 5
    fill
    xdotool mousemove 400 260 click 1 key Down
    sleep 1
    import -window root "docs/small-main$suffix.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}

if [ "${1:-}" = small ]; then
    small "" C.UTF-8
    small "-de" de_DE.UTF-8
    small "-zh" zh_CN.UTF-8
    exit 0
fi
shoot "" C.UTF-8
shoot "-de" de_DE.UTF-8
export_dialog
overview "" C.UTF-8
overview "-de" de_DE.UTF-8
triage
