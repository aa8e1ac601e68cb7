#!/usr/bin/env bash
# Build a release and the Debian package: build/pkg/rebound_<version>_<arch>.deb
# (install it with: sudo apt install ./build/pkg/rebound_*.deb). Extra arguments go to cmake's
# configure step. Uses its own build directory, so it does not disturb the development builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash platform/linux/deps.sh
cmake -S . -B build/pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DREBOUND_BUILD_TESTS=OFF "$@" >/dev/null
cmake --build build/pkg
(cd build/pkg && cpack -G DEB)
ls -l build/pkg/rebound_*.deb
