#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite:
# the default build first, then again under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash platform/linux/deps.sh

run_suite() {
  local preset=$1
  echo "== build ($preset)"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== test ($preset)"
  # QML and screenshot tests need a display (one Xvfb for the whole run), the
  # keychain tests a Secret Service (a throw-away keyring in a private D-Bus session).
  xvfb-run -a -s "-screen 0 1920x1080x24" \
    dbus-run-session -- bash platform/linux/with-keyring.sh ctest --preset "$preset"
}

run_suite default
# libFuzzer on the vCard, iCalendar and sync decoders for a bounded time (clang, ASan + UBSan).
if [ "${REBOUND_SKIP_FUZZ:-0}" != "1" ]; then
  echo "== fuzz (${REBOUND_FUZZ_SECONDS:-40}s per target)"
  bash tests/fuzz/run.sh
fi
if [ "${REBOUND_SKIP_ASAN:-0}" != "1" ]; then
  run_suite asan
fi
