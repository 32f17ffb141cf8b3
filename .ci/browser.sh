#!/usr/bin/env bash
# Installs (from Debian's packages) the headless browser the dashboard's browser test drives: chromium, its
# chromedriver, and a font with Chinese glyphs so that the page's screenshots are legible. Idempotent: what is
# installed already is kept.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
    || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei
fi
