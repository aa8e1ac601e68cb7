#!/usr/bin/env bash
# Linux desktop integration (issue 9): the desktop file and the AppStream metainfo pass their
# validators (warnings count as failures, as in appstreamcli itself), and the files they name exist:
# the launchable desktop file, the committed screenshots, an icon at every size, and a release
# entry for the project's version.
# Usage: validate.sh SOURCE_DIR [PROJECT_VERSION]
set -euo pipefail
src="$1"
version="${2:-}"
desktop="$src/platform/linux/rebound.desktop"
metainfo="$src/platform/linux/rebound.metainfo.xml"
fail=0
err() { echo "FAIL: $*" >&2; fail=1; }

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool missing (run platform/linux/deps.sh)" >&2; exit 1; }
done

desktop-file-validate "$desktop" || err "desktop-file-validate $desktop"
# No network: the homepage and screenshot URLs are placeholders (see the comments in the file).
appstreamcli validate --no-net --pedantic "$metainfo" || err "appstreamcli validate $metainfo"

grep -q '<launchable type="desktop-id">rebound.desktop</launchable>' "$metainfo" \
    || err "the metainfo does not launch rebound.desktop"
grep -qx 'Icon=rebound' "$desktop" || err "the desktop file does not use the icon 'rebound'"
grep -qx 'Exec=rebound' "$desktop" || err "the desktop file does not start 'rebound'"
if [ -n "$version" ]; then
    grep -q "<release version=\"$version\"" "$metainfo" || err "no <release> for version $version"
fi

# Every screenshot the metainfo names is committed, and not too large for a software centre.
shots=$(grep -o 'https://[^<]*/screenshots/[^<]*\.png' "$metainfo" | sed 's|.*/||')
[ -n "$shots" ] || err "the metainfo lists no screenshots"
for name in $shots; do
    f="$src/assets/screenshots/$name"
    if [ ! -f "$f" ]; then err "missing screenshot $f"; continue; fi
    [ "$(stat -c %s "$f")" -le 307200 ] || err "$f is larger than 300 KB"
done

# An icon at every size the install rules install, with those pixel dimensions.
[ -f "$src/assets/rebound.svg" ] || err "missing assets/rebound.svg"
for size in 16 24 32 48 64 128 256 512; do
    f="$src/assets/icons/${size}x${size}/rebound.png"
    if [ ! -f "$f" ]; then err "missing icon $f"; continue; fi
    # PNG: width and height are big-endian 32-bit integers at bytes 16-23.
    dims=$(od -An -j16 -N8 -tu1 "$f" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || err "$f is $dims, not ${size}x${size}"
done

[ "$fail" -eq 0 ] && echo "desktop files OK"
exit "$fail"
