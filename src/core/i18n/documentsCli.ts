/** Texts of the `zielwerk import` and `zielwerk report` commands: help and usage errors. */
import { type Entry, register } from './index';
import './documents';

export const DOCUMENT_CLI: Record<string, Entry> = {
  'cli.extract.project': { de: 'Projekt „{name}“ ({sheets})', en: 'Project "{name}" ({sheets})' },
  'cli.extract.projectGoal': { de: 'Ziel {number}: {text}', en: 'Goal {number}: {text}' },
  'cli.extract.projectRating': { de: 'Zielerreichung', en: 'Achievement' },
  // usage
  'cli.usage.bad-kind': {
    de: '--kind erwartet nachfrage, konferenz oder jahresbericht, nicht „{value}“',
    en: '--kind expects nachfrage, konferenz or jahresbericht, not "{value}"',
  },
  'cli.usage.output-docx': {
    de: 'Der Bericht wird als .docx geschrieben, nicht als „{value}“',
    en: 'The report is written as .docx, not as "{value}"',
  },
  'cli.usage.bad-goal': {
    de: '--goal erwartet eine Zielnummer wie 7.47, nicht „{value}“',
    en: '--goal expects a goal id such as 7.47, not "{value}"',
  },
  'cli.usage.in-place-without-into': {
    de: '--in-place gilt nur mit --into MAPPE.xlsx (die Mappe, die ergänzt wird)',
    en: '--in-place only goes with --into WORKBOOK.xlsx (the workbook to add to)',
  },
  'cli.help.import': {
    de: `zielwerk import DOKUMENT.docx|DOKUMENT.txt -o NEU.xlsx [--beside] [--json]
zielwerk import DOKUMENT.docx --into MAPPE.xlsx (-o AUS.xlsx | --in-place) [--beside]

Liest ein Word-Dokument (oder seinen Text) in die Arbeitsmappe ein:
  - Dokumentation der Umsetzungskonferenz: ein Zielblatt je Ziel im Layout der Vorlage
    („Ziel 7.47“, Zieltext, federführend, beteiligt, Zwischenziel, MM/JJ-Tabelle, Anmerkungen)
  - Protokoll einer telefonischen Nachfrage: die Ziele (gemeinsam dokumentierte bleiben auf
    einem Blatt: „Ziel 7.47 und 7.49“) und Datum, Gesprächspartner und Stand im Nachfrage-Protokoll
  - Projektsteckbrief oder Projektbericht: ein Projektblatt (Träger, Ort, Zielgruppe, Kontakt,
    Partner, Ziele mit Bericht, Zielerreichung, Ausblick)
Vorhandene Blätter werden nie überschrieben: hat ein Ziel schon ein Blatt, nennt Zielwerk die
Unterschiede (Regel import-differs).

-o DATEI       neue Arbeitsmappe (ohne --into) oder Ausgabe der ergänzten Mappe
--into MAPPE   ergänzt diese Arbeitsmappe (sie selbst nur mit --in-place, nach einer Sicherung MAPPE.bak.xlsx)
--beside       legt ein Ziel, das schon ein Blatt hat, als „7.47 (Import)“ daneben an
--json         was gelesen wurde, als JSON
`,
    en: `zielwerk import DOCUMENT.docx|DOCUMENT.txt -o NEW.xlsx [--beside] [--json]
zielwerk import DOCUMENT.docx --into WORKBOOK.xlsx (-o OUT.xlsx | --in-place) [--beside]

Reads a Word document (or its text) into the workbook:
  - conference documentation: one goal sheet per goal in the template layout
  - status-check record: its goals (goals documented together stay on one sheet) and the
    check's date, person and progress in the status log
  - project fact sheet or report: a project sheet
Existing sheets are never overwritten: for a goal that has a sheet, Zielwerk lists the
differences (rule import-differs).

-o FILE          new workbook (without --into) or where the extended workbook goes
--into WORKBOOK  adds to this workbook (itself only with --in-place, after a backup WORKBOOK.bak.xlsx)
--beside         writes a goal that already has a sheet as "7.47 (Import)" beside it
--json           what was read, as JSON
`,
  },
  'cli.help.report': {
    de: `zielwerk report MAPPE.xlsx --kind nachfrage|konferenz|jahresbericht [--goal NR] [--project NAME] -o BERICHT.docx

Schreibt ein Word-Dokument aus der Arbeitsmappe:
  nachfrage      Protokoll der nächsten telefonischen Nachfrage, vorausgefüllt: Zieltext,
                 federführend, beteiligt, Zwischenziel, Meilensteine mit letztem Bericht und
                 einer Spalte für den neuen, bisherige Nachfragen, leere Felder für die Antworten
                 (--goal 7.47: nur dieses Ziel und die mit ihm dokumentierten)
  konferenz      Dokumentation der Umsetzungskonferenz: alle Ziele, je Ziel ein Abschnitt
  jahresbericht  Jahresbericht eines Projekts (--project NAME, bei nur einem Projekt entbehrlich)
Überschriften sind Word-Überschriften, Tabellen echte Tabellen; zielwerk import liest den
Bericht wieder ein.
`,
    en: `zielwerk report WORKBOOK.xlsx --kind nachfrage|konferenz|jahresbericht [--goal ID] [--project NAME] -o REPORT.docx

Writes a Word document from the workbook:
  nachfrage      the record of the next phone status check, prefilled (--goal 7.47: only this
                 goal and those documented with it)
  konferenz      the conference documentation: every goal, one section each
  jahresbericht  a project's yearly report (--project NAME, optional with a single project)
Headings are Word headings, tables real tables; zielwerk import reads the report back.
`,
  },
};

register(DOCUMENT_CLI);
