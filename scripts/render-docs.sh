#!/usr/bin/env bash
# Renders the summarized sample with LibreOffice and keeps PNGs of Übersicht and Fällig in
# docs/ for the user guide, and the Übersicht of a consolidation (the sample and two layout
# workbooks as three working groups' files) as docs/gesamt-uebersicht.png. Needs Debian's libreoffice-calc and poppler-utils:
#   apt-get install -y --no-install-recommends libreoffice-calc poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node bin/zielwerk.js summarize samples/umsetzungsstand-2019.xlsx -o "$work/zusammenfassung.xlsx" --today 2019-11-15 --sheets Übersicht,Fällig >/dev/null
soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/zusammenfassung.xlsx" >/dev/null 2>&1
mkdir -p docs
# the generated sheets come first: page 1 is Übersicht, page 2 Fällig
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/zusammenfassung.pdf" docs/uebersicht
pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/zusammenfassung.pdf" docs/faellig
# three working groups' workbooks, consolidated; its first sheet is Übersicht with the column Quelle
mkdir -p "$work/gruppen/AG Integration" "$work/gruppen/AG Schule" "$work/gruppen/AG Sprache"
cp samples/umsetzungsstand-2019.xlsx "$work/gruppen/AG Integration/umsetzungsstand-2019.xlsx"
cp test/layouts/xlsx/stacked.xlsx "$work/gruppen/AG Schule/ziele.xlsx"
cp test/layouts/xlsx/questions.xlsx "$work/gruppen/AG Sprache/ziele.xlsx"
node bin/zielwerk.js consolidate "$work/gruppen" -o "$work/gesamt.xlsx" --today 2019-11-15 >/dev/null 2>&1 || [ -f "$work/gesamt.xlsx" ]
soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/gesamt.xlsx" >/dev/null 2>&1
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/gesamt.pdf" docs/gesamt-uebersicht
echo "docs/uebersicht.png docs/faellig.png docs/gesamt-uebersicht.png"
