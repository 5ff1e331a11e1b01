#!/bin/sh
# Installs the Debian tools the gateway and its tests drive, only those that are missing.
#   runtime (./dev run and ./dev test): antiword, catdoc (catdoc + catppt: legacy .doc/.ppt), tesseract-ocr
#     with the nld/fra/deu/eng language packs (OCR of images and scanned PDFs), unar (RAR that libarchive
#     cannot decode), libarchive13 (7z and RAR through libarchive-c), util-linux's prlimit (resource limits of
#     those processes);
#   tests only (./dev test, with the argument "test"): swaks, prometheus + promtool, 7zip (7zz regenerates the
#     7z samples), chromium + chromium-driver (the console's browser tests: Selenium drives /usr/bin/chromedriver).
# Never fails the build: where it cannot install (not root, no apt), the gateway reports the missing tools
# (log line, /readyz, finding details) and the tests that need a tool skip and name it.
set -u
want=""
need() {  # need COMMAND-OR-FILE PACKAGE
    case "$1" in
        /*) [ -e "$1" ] || want="$want $2" ;;
        *) command -v "$1" >/dev/null 2>&1 || want="$want $2" ;;
    esac
}
need antiword antiword
need catdoc catdoc
need catppt catdoc
need tesseract tesseract-ocr
for lang in nld fra deu eng; do
    need "/usr/share/tesseract-ocr/5/tessdata/$lang.traineddata" "tesseract-ocr-$lang"
done
need unar unar
need prlimit util-linux
found=""
for lib in /usr/lib/*/libarchive.so.13 /usr/lib/libarchive.so.13; do [ -e "$lib" ] && found=1; done
[ -n "$found" ] || want="$want libarchive13"
if [ "${1:-}" = "test" ]; then
    need swaks swaks
    need prometheus prometheus
    need promtool prometheus
    need 7zz 7zip
    need /usr/bin/chromium chromium
    need /usr/bin/chromedriver chromium-driver
fi
pkgs=$(printf '%s\n' $want | sort -u | tr '\n' ' ')
[ -z "$(printf '%s' "$pkgs" | tr -d ' ')" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing $pkgs from Debian"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    (apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1; }) \
        || echo "system-deps: could not install $pkgs; the gateway reports what is missing and the tests that need it skip"
    case " $pkgs " in
        *" prometheus "*)
            # The Debian package starts a prometheus service we do not want running.
            if command -v systemctl >/dev/null 2>&1; then systemctl stop prometheus >/dev/null 2>&1 || true; fi
            pkill -x prometheus >/dev/null 2>&1 || true
            ;;
    esac
else
    echo "system-deps: not root or no apt-get; missing: $pkgs — the gateway reports them, tests that need them skip"
fi
exit 0
