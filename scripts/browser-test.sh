#!/usr/bin/env bash
# Real-browser test of the chat widget: installs what it needs (idempotently), builds `veileder`, starts it on a
# free loopback port with a temporary database, and runs Tests/browser/test_widget.py in headless Chromium with
# axe-core (WCAG 2.1 A/AA). Exits non-zero on any failure.
#
#   scripts/browser-test.sh                      # uses .build
#   SCRATCH_PATH=.build-web scripts/browser-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${SCRATCH_PATH:-.build}"
python="${PYTHON:-python3}"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "browser-test: installing chromium and chromium-driver" >&2
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    if ! $sudo_cmd apt-get install -y --no-install-recommends chromium chromium-driver; then
        $sudo_cmd apt-get update
        $sudo_cmd apt-get install -y --no-install-recommends chromium chromium-driver
    fi
fi
if ! "$python" -c "import selenium" >/dev/null 2>&1; then
    echo "browser-test: installing selenium" >&2
    "$python" -m pip install --quiet selenium
fi
if ! "$python" -c "import axe_playwright_python" >/dev/null 2>&1; then
    # Only for the axe.min.js it ships; Playwright itself is not needed, hence --no-deps.
    echo "browser-test: installing axe-playwright-python (for axe.min.js)" >&2
    "$python" -m pip install --quiet --no-deps axe-playwright-python
fi

# selenium-manager must never try to download a browser or driver.
export SE_OFFLINE=true SE_AVOID_STATS=true

swift build --scratch-path "$scratch" --product veileder
binary="$(swift build --scratch-path "$scratch" --show-bin-path)/veileder"
exec "$python" -W ignore::ResourceWarning Tests/browser/test_widget.py --binary "$binary"
