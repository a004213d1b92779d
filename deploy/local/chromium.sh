#!/usr/bin/env bash
# Debian's Chromium for the browser tests (reporting-service's dashboard test drives it with Playwright for Java).
#
#   chromium.sh     make sure /usr/bin/chromium is installed, then print its path
#
# Idempotent: when Chromium is there it only prints the path. Installing needs root (apt-get); a test tool's own
# browser download does not work on these machines, so Debian's package is the only browser we use.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KLOSS_CHROMIUM="${KLOSS_CHROMIUM:-/usr/bin/chromium}"

chromium_works() { [ -x "$KLOSS_CHROMIUM" ] && "$KLOSS_CHROMIUM" --version >/dev/null 2>&1; }

if ! chromium_works; then
  step "installing Debian's chromium"
  if [ "$(id -u)" -ne 0 ]; then
    die "Chromium is not installed at $KLOSS_CHROMIUM and installing it needs root: run 'apt-get update && apt-get install -y chromium' as root (or set KLOSS_CHROMIUM to an installed Chromium)."
  fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install Chromium by hand and set KLOSS_CHROMIUM to its path."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends chromium >&2 || die "apt-get install chromium failed"
  chromium_works || die "chromium was installed but $KLOSS_CHROMIUM --version does not run"
  ok "$("$KLOSS_CHROMIUM" --version)" >&2
fi

echo "$KLOSS_CHROMIUM"
