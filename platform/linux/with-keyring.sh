#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a throw-away, unlocked GNOME
# keyring, so the QtKeychain tests talk to a real Secret Service. Keyring files go
# to a temporary folder, never the user's own keyring.
# Usage: dbus-run-session -- bash platform/linux/with-keyring.sh COMMAND...
set -euo pipefail
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
if command -v gnome-keyring-daemon >/dev/null; then
  # The keyring password only protects this throw-away keyring.
  eval "$(printf 'throw-away\n' | XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  for _ in $(seq 20); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.ListNames 2>/dev/null | grep -q org.freedesktop.secrets; then
      export REBOUND_EXPECT_KEYRING=1
      break
    fi
    sleep 0.1
  done
fi
echo "Secret Service for keychain tests: ${REBOUND_EXPECT_KEYRING:-not available}"
"$@"
