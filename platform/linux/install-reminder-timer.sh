#!/usr/bin/env bash
# Installs (or with --remove, removes) the systemd user timer that shows Rebound's
# reminders while the app is closed, for people who build from source. The app's
# Settings switch writes the same two files.
#
#   bash platform/linux/install-reminder-timer.sh [PATH/TO/rebound-cli]   # default: build/default/rebound-cli
#   bash platform/linux/install-reminder-timer.sh --remove
#
# It runs `rebound-cli reminders --notify` every 15 minutes (and once after a boot
# that missed a run). That needs the vault's key remembered on this device
# ("Remember on this device" when unlocking the app); otherwise it exits with
# code 5 and shows nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
service="$unit_dir/rebound-reminders.service"
timer="$unit_dir/rebound-reminders.timer"

if ! command -v systemctl >/dev/null; then
    echo "systemctl was not found: the reminder timer needs systemd." >&2
    exit 1
fi

if [[ "${1:-}" == "--remove" ]]; then
    systemctl --user disable --now rebound-reminders.timer 2>/dev/null || true
    rm -f "$timer" "$service"
    systemctl --user daemon-reload || true
    echo "Removed the Rebound reminder timer."
    exit 0
fi

cli="${1:-$here/../../build/default/rebound-cli}"
if [[ ! -x "$cli" ]]; then
    echo "rebound-cli was not found at $cli; build it first (bash platform/linux/run.sh) or give its path." >&2
    exit 1
fi
cli="$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")"
# ExecStart quoting: quote the path, escape backslashes and quotes, double '%'.
quoted="${cli//\\/\\\\}"
quoted="${quoted//\"/\\\"}"
quoted="\"${quoted//%/%%}\""

mkdir -p "$unit_dir"
tmp="$(mktemp "$unit_dir/.rebound-reminders.XXXXXX")"
while IFS= read -r line || [[ -n "$line" ]]; do
    printf '%s\n' "${line//@REBOUND_CLI@/$quoted}"
done <"$here/systemd/rebound-reminders.service.in" >"$tmp"
mv "$tmp" "$service"
cp "$here/systemd/rebound-reminders.timer" "$timer"
systemctl --user daemon-reload
systemctl --user enable --now rebound-reminders.timer
echo "Installed: $service and $timer (every 15 minutes)."
echo "Check with: systemctl --user list-timers rebound-reminders.timer"
