#!/bin/sh
# Installs the Debian tools the test suite drives (swaks, prometheus + promtool).
# Never fails the build: where it cannot install (not root, no apt), the tests that
# need a tool skip and name the missing binary.
missing=""
for tool in swaks prometheus promtool; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] && exit 0
pkgs=""
case "$missing" in *swaks*) pkgs="$pkgs swaks";; esac
case "$missing" in *prom*) pkgs="$pkgs prometheus";; esac
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing$pkgs from Debian"
    export DEBIAN_FRONTEND=noninteractive
    (apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1; }) \
        || echo "system-deps: could not install$pkgs; the tests that need them will skip and say why"
    # The Debian package starts a prometheus service we do not want running.
    if command -v systemctl >/dev/null 2>&1; then systemctl stop prometheus >/dev/null 2>&1 || true; fi
    pkill -x prometheus >/dev/null 2>&1 || true
else
    echo "system-deps: not root or no apt-get; missing:$missing — tests that need them will skip and say why"
fi
exit 0
