#!/usr/bin/env bash
# Renders the HTML report of examples/clinic-with-findings.yaml with headless Chromium to docs/report.png
# (the README's screenshot). Needs Chromium and a Japanese font (Debian's `chromium` and `fonts-noto-cjk`,
# installed here only if missing); `npm test` needs neither.
# Usage: scripts/screenshot-html.sh [--lang ja|en]   (default ja)
set -euo pipefail
cd "$(dirname "$0")/.."

lang=ja
if [[ "${1:-}" == "--lang" ]]; then lang="${2:?--lang needs ja or en}"; fi

source scripts/install-missing.sh
install_missing chromium=chromium japanese-font

npm run build --silent

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
report="$work/report.html"
# Exit code 1 only says the example has findings, which is what the screenshot shows.
node bin/dokodemo-check.js examples/clinic-with-findings.yaml --as-of 2026-11-24 --format html --lang "$lang" --output "$report" || [[ $? -eq 1 ]]

mkdir -p docs
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$PWD/docs/report.png" --window-size=1200,1600 "file://$report"
echo "wrote docs/report.png"
