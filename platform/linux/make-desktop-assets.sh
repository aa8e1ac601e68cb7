#!/usr/bin/env bash
# Regenerates the committed desktop assets (issue 9). Run it again when assets/rebound.svg or the
# pages change, then commit the results:
#   assets/icons/<size>x<size>/rebound.png  PNG icons rendered from assets/rebound.svg
#   assets/screenshots/*.png                 AppStream screenshots (rebound.metainfo.xml)
# Usage: platform/linux/make-desktop-assets.sh [path/to/rebound]   (default: build/default/rebound)
# Needs rsvg-convert (librsvg2-bin), optipng, xvfb-run (all in platform/linux/deps.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
app="${1:-build/default/rebound}"

for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "assets/icons/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" assets/rebound.svg -o "assets/icons/${size}x${size}/rebound.png"
done
optipng -quiet -o2 -strip all assets/icons/*/rebound.png

# The demo vault only (--demo): fictional people and companies, never the user's data.
shots="$(mktemp -d)"
trap 'rm -rf "$shots"' EXIT
xvfb-run -a -s "-screen 0 2000x1200x24" "$app" --screenshot "$shots" --size 1280x800 --demo >/dev/null 2>&1
mkdir -p assets/screenshots
cp "$shots/today.png" assets/screenshots/today.png
cp "$shots/journal-entry.png" assets/screenshots/journal.png
cp "$shots/jobs.png" assets/screenshots/jobs.png
cp "$shots/insights.png" assets/screenshots/insights.png
optipng -quiet -o2 -strip all assets/screenshots/*.png
ls -l assets/icons/*/rebound.png assets/screenshots/*.png
