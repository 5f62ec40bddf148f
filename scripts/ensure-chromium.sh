#!/usr/bin/env bash
# The dashboard's browser test drives Debian's Chromium (never a browser Playwright downloads).
# Install it when it is missing and we are root (CI is); otherwise say how, and carry on:
# the test skips locally without it, and fails in CI (CI=true).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the dashboard's browser test"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
else
    echo "note: /usr/bin/chromium is missing; run 'sudo apt-get install chromium' for the browser test" >&2
fi
