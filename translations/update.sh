#!/usr/bin/env bash
# Re-reads every tr()/qsTr() string from the sources into the .ts files (keeping the
# translations already made) and regenerates the pseudo-localisation.
#   translations/update.sh          updates translations/*.ts in place
#   translations/update.sh DIR      works on copies in DIR (tests/translations/check.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
OUT=${1:-translations}
if [ "$OUT" != translations ]; then
  mkdir -p "$OUT"
  cp translations/rebound_*.ts "$OUT/"
fi
SOURCES=(backend qml platform)
OPTIONS=(-silent -locations absolute -no-obsolete -extensions cpp,h,mm,qml)
"$LUPDATE" "${OPTIONS[@]}" "${SOURCES[@]}" -ts "$OUT/rebound_de.ts" "$OUT/rebound_es.ts" "$OUT/rebound_fr.ts"
# English needs only the plural forms (the source text is English).
"$LUPDATE" "${OPTIONS[@]}" -pluralonly "${SOURCES[@]}" -ts "$OUT/rebound_en.ts"
python3 translations/tstool.py pseudo "$OUT/rebound_de.ts" "$OUT/rebound_pseudo.ts"
