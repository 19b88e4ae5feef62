/** Texts of `zielwerk layout` and of the `--layout` option (layout maps, issue 19). */
import { type Entry, register } from './index';
import { LAYOUT_MESSAGES } from './layout';

export const LAYOUT_CLI: Record<string, Entry> = {
  'cli.help.layout': {
    de: `zielwerk layout DATEI.xlsx [--json] [--layout KARTE.json]
zielwerk layout DATEI.xlsx --set KARTE.json (-o AUS.xlsx | --in-place)

Zeigt, wie Zielwerk jedes Blatt liest: erkannt oder laut Lesart (der in der Mappe gespeicherten
oder der mit --layout angegebenen), als welche Art von Blatt, ab welcher Kopfzeile mit welcher
Rolle jeder Spalte, und wie viel davon verstanden wurde.

--json        die Lesart als JSON (Aufbau siehe README): ein Ausgangspunkt zum Anpassen
--set KARTE   speichert die Lesart aus KARTE.json in der Arbeitsmappe (ein sehr ausgeblendetes
              Blatt „Zielwerk_Lesart“); in eine Kopie (-o) oder mit --in-place in die Datei
              selbst (vorher wird eine Sicherung DATEI.bak.xlsx angelegt). Die Zellen der
              Arbeitsmappe bleiben unverändert.
--layout KARTE  liest mit dieser Lesart statt der gespeicherten (auch bei extract, validate,
              summarize, structure), ohne sie zu speichern
`,
    en: `zielwerk layout FILE.xlsx [--json] [--layout MAP.json]
zielwerk layout FILE.xlsx --set MAP.json (-o OUT.xlsx | --in-place)

Shows how Zielwerk reads each sheet: detected, or as the layout map says (the one stored in
the workbook or the one given with --layout), as which kind of sheet, from which header row
with which role for each column, and how much of it was understood.

--json        the layout map as JSON (see README): a starting point to adjust
--set MAP     stores the layout map of MAP.json in the workbook (a very hidden sheet
              "Zielwerk_Lesart"); into a copy (-o) or with --in-place into the file itself
              (a backup FILE.bak.xlsx is made first). The workbook's cells stay as they are.
--layout MAP  reads with this map instead of the stored one (also for extract, validate,
              summarize, structure), without storing it
`,
  },
  'cli.layout.title': { de: 'Lesart von {file}', en: 'Layout of {file}' },
  'cli.layout.source.stored': { de: 'Lesart in der Mappe gespeichert', en: 'layout map stored in the workbook' },
  'cli.layout.source.given': { de: 'Lesart aus {file}', en: 'layout map from {file}' },
  'cli.layout.source.none': {
    de: 'keine Lesart gespeichert: alles wie erkannt',
    en: 'no layout map stored: everything as detected',
  },
  'cli.layout.sheet': {
    de: '{sheet} – {kind} · {how} · {coverage} % gelesen',
    en: '{sheet} – {kind} · {how} · {coverage} % read',
  },
  'cli.layout.how.detected': { de: 'erkannt', en: 'detected' },
  'cli.layout.how.mapped': { de: 'laut Lesart', en: 'as mapped' },
  'cli.layout.ignored': { de: '{sheet} – nicht zu lesen (laut Lesart)', en: '{sheet} – not to be read (as mapped)' },
  'cli.layout.none': { de: '{sheet} – nichts erkannt ({coverage} % gelesen)', en: '{sheet} – nothing recognised ({coverage} % read)' },
  'cli.layout.header': { de: 'Kopfzeile {row}: {columns}', en: 'Header row {row}: {columns}' },
  'cli.layout.goal': { de: 'gehört zu Ziel {goal}', en: 'belongs to goal {goal}' },
  'cli.layout.fields': { de: 'Felder: {fields}', en: 'Fields: {fields}' },
  'cli.layout.hint': {
    de: 'Anpassen: zielwerk layout {file} --json > lesart.json, bearbeiten, dann --set lesart.json -o KOPIE.xlsx',
    en: 'To adjust: zielwerk layout {file} --json > layout.json, edit it, then --set layout.json -o COPY.xlsx',
  },
  'cli.layout.stored': { de: 'Lesart gespeichert in {file} ({n:Blatt|Blätter})', en: 'Layout map stored in {file} ({n:sheet|sheets})' },
  'cli.usage.layout-unreadable': { de: 'Lesart-Datei „{value}“ nicht lesbar', en: 'Layout map file "{value}" cannot be read' },
  'cli.usage.layout-json': {
    de: 'Lesart-Datei „{value}“ ist kein gültiges JSON',
    en: 'Layout map file "{value}" is not valid JSON',
  },
  'cli.usage.layout-invalid': {
    de: 'Lesart-Datei „{value}“ passt nicht zum Aufbau einer Lesart (siehe README): {allowed}',
    en: 'Layout map file "{value}" does not fit the layout map format (see README): {allowed}',
  },
  'cli.usage.layout-unknown-sheets': {
    de: 'Die Lesart nennt Blätter, die es in der Mappe nicht gibt: {value} – nichts gespeichert',
    en: 'The layout map names sheets the workbook does not have: {value} – nothing stored',
  },
};

register(LAYOUT_MESSAGES);
register(LAYOUT_CLI);
