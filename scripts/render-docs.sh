#!/usr/bin/env bash
# Renders the summarized sample and the three Word reports with LibreOffice and keeps PNGs in
# docs/ for the user guide (Übersicht, Fällig; a page of each report), and the Übersicht of a
# consolidation (the sample and two layout workbooks as three working groups' files) as
# docs/gesamt-uebersicht.png. Needs Debian's libreoffice-calc, libreoffice-writer and poppler-utils:
#   apt-get install -y --no-install-recommends libreoffice-calc libreoffice-writer poppler-utils
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
# three working groups' workbooks, consolidated; its first sheet is Übersicht with the column Quelle
mkdir -p "$work/gruppen/AG Integration" "$work/gruppen/AG Schule" "$work/gruppen/AG Sprache"
cp samples/umsetzungsstand-2019.xlsx "$work/gruppen/AG Integration/umsetzungsstand-2019.xlsx"
cp test/layouts/xlsx/stacked.xlsx "$work/gruppen/AG Schule/ziele.xlsx"
cp test/layouts/xlsx/questions.xlsx "$work/gruppen/AG Sprache/ziele.xlsx"
node bin/zielwerk.js consolidate "$work/gruppen" -o "$work/gesamt.xlsx" --today 2019-11-15 >/dev/null 2>&1 || [ -f "$work/gesamt.xlsx" ]
soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/gesamt.xlsx" >/dev/null 2>&1
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/gesamt.pdf" docs/gesamt-uebersicht
# the Word reports: the prefilled status-check record of 7.47, the conference documentation
# (page 2: the first goal after the cover) and a project's yearly report (seed 001 imported)
node bin/zielwerk.js report samples/umsetzungsstand-2019.xlsx --kind nachfrage --goal 7.47 -o "$work/nachfrage.docx" --today 2019-11-15 >/dev/null
node bin/zielwerk.js report samples/umsetzungsstand-2019.xlsx --kind konferenz -o "$work/konferenz.docx" --today 2019-11-15 >/dev/null
node bin/zielwerk.js import test/data/documents/seed-001.txt -o "$work/projekt.xlsx" >/dev/null
node bin/zielwerk.js report "$work/projekt.xlsx" --kind jahresbericht -o "$work/jahresbericht.docx" >/dev/null
soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/nachfrage.docx" "$work/konferenz.docx" "$work/jahresbericht.docx" >/dev/null 2>&1
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/nachfrage.pdf" docs/bericht-nachfrage
pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$work/konferenz.pdf" docs/bericht-konferenz
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/jahresbericht.pdf" docs/bericht-jahresbericht
echo "docs/uebersicht.png docs/faellig.png docs/gesamt-uebersicht.png docs/bericht-nachfrage.png docs/bericht-konferenz.png docs/bericht-jahresbericht.png"
