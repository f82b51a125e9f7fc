#!/usr/bin/env bash
# Renders the template workbook (`dokodemo-check init ledger.xlsx`) as LibreOffice prints it to
# docs/template.png (the README's screenshot): the 施設, 利用者 and 端末 sheets, each printed alone to
# PDF by `soffice --headless`, the top of each page cut out by `pdftoppm`, and the three stacked by
# headless Chromium. Needs LibreOffice, poppler-utils, Chromium and a Japanese font (each installed
# here only if missing); `npm test` needs none of them.
# Usage: scripts/screenshot-workbook.sh
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/install-missing.sh
install_missing soffice=libreoffice-calc pdftoppm=poppler-utils chromium=chromium japanese-font

npm run build --silent

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node bin/dokodemo-check.js init "$work/template.xlsx" >/dev/null

# sheet name, then how much of the page's top to keep (pixels at 110 dpi)
sheets=("施設 1300 310" "利用者 1700 125" "端末 1700 125")
html="$work/page.html"
printf '<!doctype html><meta charset="utf-8"><body style="margin:12px;font-family:sans-serif;background:#fff">' > "$html"
index=0
for entry in "${sheets[@]}"; do
  read -r name width height <<<"$entry"
  index=$((index + 1))
  node scripts/print-sheet.js "$work/template.xlsx" "$name" "$work/sheet$index.xlsx"
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" "$work/sheet$index.xlsx" >/dev/null 2>&1
  pdftoppm -png -r 110 -f 1 -l 1 -x 0 -y 0 -W "$width" -H "$height" -singlefile "$work/sheet$index.pdf" "$work/sheet$index"
  printf '<h3 style="margin:10px 0 4px">%s</h3><img src="sheet%s.png" style="display:block;border:1px solid #ccc">' "$name" "$index" >> "$html"
done

mkdir -p docs
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$PWD/docs/template.png" --window-size=1740,760 "file://$html"
echo "wrote docs/template.png"
