#!/usr/bin/env bash
# Fails when a user-visible string in the sources has no translation: lupdate runs on
# copies of the .ts files, then every language must be complete with matching
# placeholders, and the pseudo-localisation must cover the same messages.
set -euo pipefail
ROOT=${1:?usage: check.sh SOURCE_ROOT}
cd "$ROOT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
bash translations/update.sh "$WORK"
python3 translations/tstool.py check "$WORK"/rebound_de.ts "$WORK"/rebound_es.ts "$WORK"/rebound_fr.ts \
  "$WORK"/rebound_en.ts || {
  echo "Strings changed: run translations/update.sh, translate what is unfinished (translations/README.md)." >&2
  exit 1
}
python3 translations/tstool.py same "$WORK"/rebound_pseudo.ts translations/rebound_pseudo.ts || {
  echo "translations/rebound_pseudo.ts is stale: run translations/update.sh." >&2
  exit 1
}
