# tools/lib.sh — helpers shared by tools/run, tools/check, tools/screenshots and tools/bench
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced, not run. Sets REPO_ROOT and cds there, so every script works from any folder.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

# What it takes to build the app and run it from the build tree.
BUILD_PACKAGES=(
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev
  libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream shared-mime-info
  adwaita-icon-theme hicolor-icon-theme fonts-cantarell
)

# What the tests need on top: a virtual display, a session bus, accessibility, the Dutch
# locale and the validators.
TEST_PACKAGES=(
  xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-gi gir1.2-atspi-2.0 gir1.2-gtk-4.0
  locales libxml2-utils poppler-utils
)

log() {
  printf '==> %s\n' "$*" >&2
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    log "need root to run: $* (install sudo or run as root)"
    return 1
  fi
}

# Installs the packages that are not installed yet. apt-get update runs only when something
# is missing, so a machine that has everything starts without touching the network.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi
  if ! command -v apt-get >/dev/null; then
    log "apt-get not found; please install: ${missing[*]}"
    return 1
  fi
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# Makes sure nl_NL.UTF-8 exists, so LANGUAGE=nl shows Dutch (gettext ignores LANGUAGE in
# the C locale).
ensure_dutch_locale() {
  if locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
    return 0
  fi
  log "generating the nl_NL.UTF-8 locale"
  if [[ -f /etc/locale.gen ]] && grep -q 'nl_NL.UTF-8 UTF-8' /etc/locale.gen; then
    as_root sed -i 's/^# *\(nl_NL.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  else
    echo 'nl_NL.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
  fi
  if command -v locale-gen >/dev/null; then
    # Ubuntu's locale-gen takes the name; Debian's reads /etc/locale.gen.
    as_root locale-gen nl_NL.UTF-8 >/dev/null 2>&1 || as_root locale-gen >/dev/null
  else
    as_root localedef -i nl_NL -f UTF-8 nl_NL.UTF-8
  fi
}

# Configures BUILDDIR with the given options, or reconfigures it when it exists.
configure() {
  local builddir="$1"
  shift
  if [[ -f "$builddir/build.ninja" ]]; then
    meson setup --reconfigure "$builddir" "$@" >&2
  else
    rm -rf "$builddir"
    meson setup "$builddir" "$@" >&2
  fi
}

# Configures and builds all of BUILDDIR.
build() {
  configure "$@"
  ninja -C "$1" >&2
}

# Builds what running the app from _build takes (the program, its schema and translations)
# and the given extra targets, so a test that does not compile yet cannot keep the app from
# starting.
build_app() {
  local builddir="$1"
  shift
  configure "$builddir"
  ninja -C "$builddir" src/dpp2-toolkit data/gschemas.compiled \
    $(cd "$builddir" && ninja -t targets all | sed -n 's|^\(po/[^:]*\.mo\):.*|\1|p') "$@" >&2
}

# A Python with the system's modules (python3-gi): a pyenv python3 earlier on PATH has none.
system_python() {
  if [[ -x /usr/bin/python3 ]]; then
    echo /usr/bin/python3
  else
    command -v python3
  fi
}
