#!/usr/bin/env bash
# launch_from_menu.sh DESKTOP_FILE SCREENSHOT: starts the app the way a desktop menu does (gio
# launch reads the entry's Exec line), waits up to 30 s for its main window, checks the window
# lies wholly on the screen and the app is still running, saves a screenshot, then closes it.
# Needs an X display.
set -euo pipefail
entry=$1 screenshot=$2
gio launch "$entry" &

window=""
for _ in $(seq 60); do
    window=$(xwininfo -root -tree | grep -E '"[^"]*Knotwork": \(' | head -n 1) && [ -n "$window" ] && break
    sleep 0.5
done
if [ -z "$window" ]; then
    echo "no Knotwork window within 30 s; windows seen:" >&2
    xwininfo -root -tree | grep '"' >&2 || true
    exit 1
fi
sleep 2  # let the first paint finish
pgrep -x knotwork >/dev/null || { echo "knotwork opened a window, then quit" >&2; exit 1; }
mkdir -p "$(dirname "$screenshot")"
import -window root "$screenshot"
echo "the window is up; screenshot: $screenshot" >&2

# "WxH+x+y  +absX+absY" ends the window's line; the screen's size is the root window's.
read -r width height x y < <(sed -E 's/.* ([0-9]+)x([0-9]+)\+-?[0-9]+\+-?[0-9]+ +\+(-?[0-9]+)\+(-?[0-9]+).*/\1 \2 \3 \4/' <<<"$window")
read -r screen_width screen_height < <(xwininfo -root | awk '/Width:/ {w=$2} /Height:/ {h=$2} END {print w, h}')
pkill -x knotwork
if [ "$x" -lt 0 ] || [ "$y" -lt 0 ] || [ $((x + width)) -gt "$screen_width" ] || [ $((y + height)) -gt "$screen_height" ]; then
    echo "the window (${width}x${height} at $x,$y) does not fit the ${screen_width}x${screen_height} screen" >&2
    exit 1
fi
