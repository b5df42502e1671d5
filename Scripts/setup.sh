#!/usr/bin/env bash
# One-time set-up on a fresh Debian machine with the Swift toolchain:
# the system ICU (headers and libraries) that the CICU target links against,
# and headless Chromium with CJK fonts for the review pages' browser tests
# (Tests/ExtractReviewTests; in CI they fail without it rather than skip).
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=()
if [ ! -f /usr/include/unicode/ubrk.h ] || ! ls /usr/lib/*/libicui18n.so >/dev/null 2>&1; then
  missing+=(libicu-dev pkg-config)
fi
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
echo "ICU: $(ls /usr/lib/*/libicuuc.so.* 2>/dev/null | head -1)"
echo "Chromium: $(chromium --version 2>/dev/null || echo missing)"
