#!/bin/bash
# Photographs the demo as a user sees it, under Xvfb at 1280x800: the main window with a row
# selected and the job inspector of that row, in English (docs/demo-main.png, docs/demo-job.png)
# and in German (docs/demo-main-de.png, docs/demo-job-de.png), and the export dialog
# (docs/demo-export.png).
# Needs: SDRS_WITH_SCREENSHOT_TOOLS=1 bash .ci/deps, and a build in build/.
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shoot SUFFIX LANG: one run of the demo with fresh settings (the default layout).
shoot() {
    local suffix=$1 lang=$2 home
    home=$(mktemp -d)
    TZ=Europe/Berlin HOME=$home LANG=$lang LC_ALL=$lang build/app/sdrs-failures --demo &
    local pid=$!
    sleep 5
    xdotool windowfocus --sync "$(xdotool search --onlyvisible --name SDRS | head -1)"
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
    xdotool windowfocus --sync "$(xdotool search --onlyvisible --name SDRS | head -1)"
    xdotool mousemove 640 300 click 1 key shift+Down key shift+Down key ctrl+e
    sleep 1.5
    import -window root docs/demo-export.png
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
}

shoot "" C.UTF-8
shoot "-de" de_DE.UTF-8
export_dialog
