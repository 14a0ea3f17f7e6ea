#!/bin/bash
# Photographs the demo as a user sees it, under Xvfb at 1280x800: the main window with a row
# selected (docs/demo-main.png) and the job inspector of that row (docs/demo-job.png).
# Needs: SDRS_WITH_SCREENSHOT_TOOLS=1 bash .ci/deps, and a build in build/.
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(mktemp -d)   # fresh settings: the default layout
trap 'rm -rf "$home"' EXIT
TZ=Europe/Berlin HOME=$home build/app/sdrs-failures --demo &
pid=$!
sleep 5
xdotool windowfocus --sync "$(xdotool search --onlyvisible --name SDRS | head -1)"
# The third-newest group-level failure: an embedded JSON error and a job with two levels of
# sub-jobs.
xdotool mousemove 640 300 key Down key Down
sleep 1
import -window root docs/demo-main.png
xdotool key Return
sleep 3
import -window "$(xdotool search --onlyvisible --name '^Job ' | head -1)" docs/demo-job.png
kill "$pid"
wait "$pid" 2>/dev/null || true
