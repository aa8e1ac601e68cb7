#!/bin/sh
# Starts and stops a private Apache (mod_dav) for the sync tests, never the system one.
#   apache.sh start DIR [PORT]   prints the WebDAV base URL once the server answers
#   apache.sh stop DIR           stops the instance whose pid is in DIR/run/httpd.pid
# Everything (config, logs, pid, lock db, the dav/ folder) lives under DIR.
# Test account: $REBOUND_DAV_USER / $REBOUND_DAV_PASSWORD (test credentials only).
# Works as root (the server drops to www-data) and as a normal user; no systemd.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
apache=${APACHE_BIN:-/usr/sbin/apache2}
modules=${APACHE_MODULES:-/usr/lib/apache2/modules}
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }

pid_alive() { [ -f "$dir/run/httpd.pid" ] && kill -0 "$(cat "$dir/run/httpd.pid")" 2>/dev/null; }

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if pid_alive; then echo "an instance already runs in $dir" >&2; exit 1; fi
    port=${3:-}
    if [ -z "$port" ]; then
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    fi
    user=${REBOUND_DAV_USER:-rebound}
    password=${REBOUND_DAV_PASSWORD:-dav-test-password}
    mkdir -p "$dir/run" "$dir/logs" "$dir/lock" "$dir/root/dav"
    # -i: the password comes on stdin, not on a command line.
    printf '%s\n' "$password" | htpasswd -i -c "$dir/htpasswd" "$user" 2>/dev/null
    usergroup=""
    if [ "$(id -u)" = 0 ]; then
        # Apache refuses to serve as root: its children run as www-data, which
        # must reach and write the dav/ folder and the lock database.
        runuser=www-data
        id "$runuser" >/dev/null 2>&1 || runuser=nobody
        rungroup=$(id -gn "$runuser")
        usergroup="User $runuser
Group $rungroup"
        chown -R "$runuser:$rungroup" "$dir/root/dav" "$dir/lock"
        chmod 0711 "$dir"
        chmod 0755 "$dir/root"
        chmod 0644 "$dir/htpasswd"
    fi
    # The template with its placeholders filled in (awk: paths may hold '|' or '&').
    awk -v d="$dir" -v p="$port" -v m="$modules" -v ug="$usergroup" '{
        gsub(/@DIR@/, d); gsub(/@PORT@/, p); gsub(/@MODULES@/, m); gsub(/@USERGROUP@/, ug); print }' \
        "$here/httpd.conf.in" > "$dir/httpd.conf"
    if ! "$apache" -f "$dir/httpd.conf" -k start >"$dir/logs/start.log" 2>&1; then
        cat "$dir/logs/start.log" >&2
        [ -f "$dir/logs/error.log" ] && cat "$dir/logs/error.log" >&2
        exit 1
    fi
    # Wait until it answers (a safety limit of about 20 s, not a timing assumption).
    i=0
    while [ $i -lt 200 ]; do
        if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/dav/" 2>/dev/null; then
            echo "http://127.0.0.1:$port/dav/"
            exit 0
        fi
        i=$((i + 1))
        sleep 0.1
    done
    echo "Apache did not answer on 127.0.0.1:$port" >&2
    cat "$dir/logs/start.log" >&2
    [ -f "$dir/logs/error.log" ] && cat "$dir/logs/error.log" >&2
    exit 1
    ;;
stop)
    [ -f "$dir/run/httpd.pid" ] || exit 0
    pid=$(cat "$dir/run/httpd.pid")
    kill -TERM "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
        i=$((i + 1))
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/run/httpd.pid"
    ;;
*)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
