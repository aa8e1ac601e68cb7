#!/usr/bin/env bash
# Install what is missing, build, and start Rebound.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash platform/linux/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target rebound rebound-cli
exec ./build/default/rebound "$@"
