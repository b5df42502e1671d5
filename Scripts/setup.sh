#!/usr/bin/env bash
# One-time set-up on a fresh Debian machine with the Swift toolchain:
# the system ICU (headers and libraries) that the CICU target links against.
set -euo pipefail
if [ ! -f /usr/include/unicode/ubrk.h ] || ! ls /usr/lib/*/libicui18n.so >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y libicu-dev pkg-config
fi
echo "ICU: $(ls /usr/lib/*/libicuuc.so.* 2>/dev/null | head -1)"
