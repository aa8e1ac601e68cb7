#!/usr/bin/env bash
# The one list of Debian/Ubuntu packages Rebound needs to build, run and test.
# Installs only what is missing, so it is cheap to call before every build.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config git
  # Qt 6 (Debian 12 ships 6.4.2)
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6svg6 libgl-dev libxkbcommon-dev
  # QML modules used at run time (without the first three qmllint cannot resolve QtQuick)
  qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-shapes qml6-module-qttest
  # FileDialog (export): QtQuick.Dialogs, and its non-native fallback needs Qt.labs.folderlistmodel
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  # storage, crypto, keystore, tests
  libsqlcipher-dev libsodium-dev qtkeychain-qt6-dev catch2
  # fuzzing the parsers (libFuzzer ships with clang's runtime) and third-party
  # validators for the vCard and iCalendar files we export (Debian's own python3)
  clang libclang-rt-14-dev python3-vobject python3-icalendar
  # headless rendering (screenshots, QML tests) and a session keyring for QtKeychain
  # a real WebDAV server (Apache mod_dav) the sync tests start on 127.0.0.1
  apache2 apache2-utils curl
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core dbus dbus-x11 gnome-keyring tzdata
  # desktop integration: validators (desktop_files test), icons and screenshots
  # (make-desktop-assets.sh), the .deb (package.sh: CPack's dpkg-shlibdeps needs dpkg-dev, file)
  desktop-file-utils appstream librsvg2-bin optipng dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
