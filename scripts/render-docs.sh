#!/usr/bin/env bash
# Renders the summarized sample with LibreOffice and keeps PNGs of Übersicht and Fällig in
# docs/ for the user guide. Needs Debian's libreoffice-calc and poppler-utils:
#   apt-get install -y --no-install-recommends libreoffice-calc poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node bin/zielwerk.js summarize samples/umsetzungsstand-2019.xlsx -o "$work/zusammenfassung.xlsx" --today 2019-11-15 --sheets Übersicht,Fällig >/dev/null
soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/zusammenfassung.xlsx" >/dev/null 2>&1
mkdir -p docs
# the generated sheets come first: the first page of Übersicht, then the first page of Fällig
# (Übersicht may run onto a second page across)
first_page() {
  local pages i
  pages=$(pdfinfo "$work/zusammenfassung.pdf" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= pages; i++)); do
    if pdftotext -f "$i" -l "$i" "$work/zusammenfassung.pdf" - | head -3 | grep -q "$1"; then echo "$i"; return; fi
  done
  echo 1
}
u=$(first_page 'Übersicht der Ziele')
f=$(first_page 'Fällige Meilensteine')
pdftoppm -png -r 110 -f "$u" -l "$u" -singlefile "$work/zusammenfassung.pdf" docs/uebersicht
pdftoppm -png -r 110 -f "$f" -l "$f" -singlefile "$work/zusammenfassung.pdf" docs/faellig
echo "docs/uebersicht.png docs/faellig.png"
