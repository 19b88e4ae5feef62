/** Texts of documents in and out: import, Word reports, the Projekte sheet and their errors. */
import { type Entry, register } from './index';

export const DOCUMENT_MESSAGES: Record<string, Entry> = {
  // errors (one line each; the CLI exits with 2)
  'error.doc-empty': {
    de: 'Das Dokument {file} ist leer.',
    en: 'The document {file} is empty.',
  },
  'error.doc-encrypted': {
    de: 'Das Dokument {file} ist mit einem Kennwort geschützt: bitte in Word den Kennwortschutz entfernen (Datei › Informationen › Dokument schützen) und erneut einlesen.',
    en: 'The document {file} is password-protected: please remove the password in Word (File › Info › Protect Document) and import it again.',
  },
  'error.doc-legacy': {
    de: '{file} ist ein altes Word-Dokument (.doc): bitte in Word als .docx speichern und erneut einlesen.',
    en: '{file} is an old Word document (.doc): please save it in Word as .docx and import it again.',
  },
  'error.doc-corrupt': {
    de: 'Das Dokument {file} ist beschädigt oder kein Word-Dokument (.docx).',
    en: 'The document {file} is damaged or not a Word document (.docx).',
  },
  'error.doc-unsupported': {
    de: '{file}: nur Word-Dokumente (.docx) und Textdateien (.txt) können eingelesen werden.',
    en: '{file}: only Word documents (.docx) and text files (.txt) can be imported.',
  },
  'error.doc-nothing': {
    de: 'In {file} steht keine Zieldokumentation, keine Nachfrage und kein Projekt, das Zielwerk erkennt.',
    en: '{file} holds no goal documentation, status check or project that Zielwerk recognises.',
  },
  'error.report-no-goal': {
    de: 'Ziel {goal} steht nicht in der Arbeitsmappe {file}.',
    en: 'Goal {goal} is not in the workbook {file}.',
  },
  'error.report-no-project': {
    de: 'Kein Projekt „{project}“ in der Arbeitsmappe {file} (vorhanden: {known}).',
    en: 'No project "{project}" in the workbook {file} (there are: {known}).',
  },

  // import summary (CLI and task pane)
  'import.kind.konferenz': { de: 'Dokumentation der Umsetzungskonferenz', en: 'Conference documentation' },
  'import.kind.nachfrage': { de: 'Protokoll einer telefonischen Nachfrage', en: 'Status-check record' },
  'import.kind.projekt': { de: 'Projekt (Steckbrief oder Bericht)', en: 'Project (fact sheet or report)' },
  'import.kind.unknown': { de: 'unbekannt', en: 'unknown' },
  'import.read': { de: '{file}: {kind}', en: '{file}: {kind}' },
  'import.goal': {
    de: '  Ziel {ids}: {lead} · {participants:Beteiligte|Beteiligte} · Zwischenziel {interim} · {milestones:Meilenstein|Meilensteine}',
    en: '  Goal {ids}: {lead} · {participants:participant|participants} · interim goal {interim} · {milestones:milestone|milestones}',
  },
  'import.check': { de: '  Nachfrage vom {date} ({person})', en: '  Status check of {date} ({person})' },
  'import.project': {
    de: '  Projekt „{name}“: {goals:Ziel|Ziele}, {partners:Partner|Partner}',
    en: '  Project "{name}": {goals:goal|goals}, {partners:partner|partners}',
  },
  'import.yes': { de: 'ja', en: 'yes' },
  'import.no': { de: 'nein', en: 'no' },
  'import.none': { de: 'ohne Federführung', en: 'no lead' },
  'import.sheet': { de: '  {sheet}  (neu)', en: '  {sheet}  (new)' },
  'import.exists': {
    de: 'Ziel {ids} hat schon ein Blatt – nicht überschrieben{beside}.',
    en: 'Goal {ids} already has a sheet – not overwritten{beside}.',
  },
  'import.exists.beside': { de: '; die eingelesene Fassung steht daneben', en: '; the imported version is beside it' },
  'import.exists.hint': {
    de: ' (--beside legt die eingelesene Fassung als „(Import)“-Blatt daneben)',
    en: ' (--beside writes the imported version as an "(Import)" sheet beside it)',
  },
  'import.differences': { de: 'Unterschiede zur Arbeitsmappe:', en: 'Differences from the workbook:' },
  'import.nothing-written': { de: 'Nichts geschrieben: jedes Ziel des Dokuments hat schon ein Blatt.', en: 'Nothing written: every goal of the document already has a sheet.' },

  // usage
  'cli.usage.bad-kind': {
    de: '--kind erwartet nachfrage, konferenz oder jahresbericht, nicht „{value}“',
    en: '--kind expects nachfrage, konferenz or jahresbericht, not "{value}"',
  },
  'cli.usage.output-docx': { de: 'Der Bericht wird als .docx geschrieben, nicht als „{value}“', en: 'The report is written as .docx, not as "{value}"' },
  'cli.usage.bad-goal': { de: '--goal erwartet eine Zielnummer wie 7.47, nicht „{value}“', en: '--goal expects a goal id such as 7.47, not "{value}"' },
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

  // report
  'report.done': { de: 'Bericht geschrieben: {file}', en: 'Report written: {file}' },

  // Projekte sheet
  'projects.title': { de: 'Projekte – Stand {date}', en: 'Projects – as of {date}' },
  'projects.subtitle': {
    de: '{count:Projekt|Projekte} aus Projektsteckbriefen und -berichten; der Name führt zum Blatt.',
    en: '{count:project|projects} from project fact sheets and reports; the name links to the sheet.',
  },
  'projects.none': { de: 'Keine Projekte gefunden.', en: 'No projects found.' },
  'projects.col.name': { de: 'Projekt', en: 'Project' },
  'projects.col.provider': { de: 'Träger', en: 'Provider' },
  'projects.col.place': { de: 'Ort', en: 'Place' },
  'projects.col.targetGroup': { de: 'Zielgruppe', en: 'Target group' },
  'projects.col.module': { de: 'Modul', en: 'Module' },
  'projects.col.quarter': { de: 'Quartier', en: 'Neighbourhood' },
  'projects.col.contact': { de: 'Ansprechperson', en: 'Contact' },
  'projects.col.email': { de: 'E-Mail', en: 'E-mail' },
  'projects.col.phone': { de: 'Telefon', en: 'Phone' },
  'projects.col.partners': { de: 'Partner (Rolle)', en: 'Partners (role)' },
  'projects.col.goals': { de: 'Ziele', en: 'Goals' },
  'projects.col.rating': { de: 'Zielerreichung', en: 'Achievement' },
  'projects.col.date': { de: 'Datum', en: 'Date' },
  'projects.col.author': { de: 'Verfasst von', en: 'Author' },
};

register(DOCUMENT_MESSAGES);
