#!/bin/sh
# Installs the Debian tools the test suite drives: swaks, prometheus + promtool, and chromium +
# chromium-driver (the console's browser tests, driven by Selenium through /usr/bin/chromedriver).
# Never fails the build: where it cannot install (not root, no apt), the tests that
# need a tool skip and name the missing binary.
missing=""
pkgs=""
command -v swaks >/dev/null 2>&1 || { missing="$missing swaks"; pkgs="$pkgs swaks"; }
if ! command -v prometheus >/dev/null 2>&1 || ! command -v promtool >/dev/null 2>&1; then
    missing="$missing prometheus"; pkgs="$pkgs prometheus"
fi
[ -x /usr/bin/chromium ] || { missing="$missing chromium"; pkgs="$pkgs chromium"; }
[ -x /usr/bin/chromedriver ] || { missing="$missing chromedriver"; pkgs="$pkgs chromium-driver"; }
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing$pkgs from Debian"
    export DEBIAN_FRONTEND=noninteractive
    (apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1; }) \
        || echo "system-deps: could not install$pkgs; the tests that need them will skip and say why"
    # The Debian package starts a prometheus service we do not want running.
    case "$pkgs" in *prometheus*)
        if command -v systemctl >/dev/null 2>&1; then systemctl stop prometheus >/dev/null 2>&1 || true; fi
        pkill -x prometheus >/dev/null 2>&1 || true
    ;; esac
else
    echo "system-deps: not root or no apt-get; missing:$missing — tests that need them will skip and say why"
fi
exit 0
