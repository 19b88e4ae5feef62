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
# the generated sheets come first: page 1 is Übersicht, page 2 Fällig
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/zusammenfassung.pdf" docs/uebersicht
pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/zusammenfassung.pdf" docs/faellig
echo "docs/uebersicht.png docs/faellig.png"
