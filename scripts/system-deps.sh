#!/usr/bin/env bash
# Install the Debian packages the tests use, where they are missing:
#   fonts-nanum  the Korean fonts the sample renderer sets its layouts in (test_plain_layout)
#   chromium     the browser that opens the review site headless (test_review)
# Without root (or sudo) or apt-get it says what is missing and carries on: the tests that
# need a missing part skip, saying so.
set -uo pipefail
missing=()
[ -f /usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf ] || missing+=(fonts-nanum)
command -v chromium >/dev/null || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
    echo "system-deps: no apt-get; install ${missing[*]} by hand (their tests skip meanwhile)" >&2
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
        echo "system-deps: not root; install ${missing[*]} by hand (their tests skip meanwhile)" >&2
        exit 0
    fi
fi
echo "system-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq >/dev/null && \
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || \
    echo "system-deps: apt-get could not install ${missing[*]} (their tests skip)" >&2
