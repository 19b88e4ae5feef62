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
  'import.nothing-written': {
    de: 'Nichts geschrieben: jedes Ziel des Dokuments hat schon ein Blatt.',
    en: 'Nothing written: every goal of the document already has a sheet.',
  },

  // report
  'report.done': { de: 'Bericht geschrieben: {file}', en: 'Report written: {file}' },

  // task pane: Dokumente
  'ui.docs.import.heading': { de: 'Dokument einlesen', en: 'Import a document' },
  'ui.docs.import.hint': {
    de: 'Word-Dokument (.docx) oder Text (.txt) wählen: Dokumentation der Umsetzungskonferenz, Protokoll einer Nachfrage, Projektsteckbrief oder -bericht. Die Datei wird nur hier gelesen, nichts wird hochgeladen.',
    en: 'Choose a Word document (.docx) or text (.txt): conference documentation, a status-check record, a project fact sheet or report. The file is read here only; nothing is uploaded.',
  },
  'ui.docs.import.choose': { de: 'Dokument wählen', en: 'Choose document' },
  'ui.docs.import.read': { de: '{file}: {kind}', en: '{file}: {kind}' },
  'ui.docs.import.goal': {
    de: 'Ziel {id}: {lead} · {participants:Beteiligte|Beteiligte} · {milestones:Meilenstein|Meilensteine}{checks}',
    en: 'Goal {id}: {lead} · {participants:participant|participants} · {milestones:milestone|milestones}{checks}',
  },
  'ui.docs.import.checks': { de: ' · Nachfrage {dates}', en: ' · status check {dates}' },
  'ui.docs.import.exists': { de: 'hat schon ein Blatt', en: 'already has a sheet' },
  'ui.docs.import.project': {
    de: 'Projekt „{name}“: {goals:Ziel|Ziele}, {partners:Partner|Partner}',
    en: 'Project "{name}": {goals:goal|goals}, {partners:partner|partners}',
  },
  'ui.docs.import.beside': {
    de: 'Ziele mit vorhandenem Blatt als „(Import)“-Blatt daneben anlegen',
    en: 'Write goals that already have a sheet as an "(Import)" sheet beside it',
  },
  'ui.docs.import.write': { de: 'In die Arbeitsmappe schreiben', en: 'Write into the workbook' },
  'ui.docs.import.never': {
    de: 'Vorhandene Blätter werden nie überschrieben; Unterschiede zu ihnen nennt Zielwerk.',
    en: 'Existing sheets are never overwritten; Zielwerk lists how they differ.',
  },
  'ui.docs.import.done': { de: '{count:Blatt|Blätter} geschrieben', en: '{count:sheet|sheets} written' },
  'ui.docs.import.nothing': {
    de: 'Nichts geschrieben: jedes Ziel hat schon ein Blatt.',
    en: 'Nothing written: every goal already has a sheet.',
  },
  'ui.docs.import.skipped': { de: 'Ziel {ids}: schon vorhanden, nicht überschrieben', en: 'Goal {ids}: already there, not overwritten' },
  'ui.busy.import': { de: 'Dokument wird eingelesen …', en: 'Importing the document …' },
  'ui.busy.reading': { de: 'Dokument wird gelesen …', en: 'Reading the document …' },
  'ui.docs.report.heading': { de: 'Berichte', en: 'Reports' },
  'ui.docs.report.kind': { de: 'Bericht', en: 'Report' },
  'ui.docs.report.nachfrage': { de: 'Protokoll der nächsten Nachfrage (vorausgefüllt)', en: 'Record of the next status check (prefilled)' },
  'ui.docs.report.konferenz': { de: 'Dokumentation der Umsetzungskonferenz', en: 'Conference documentation' },
  'ui.docs.report.jahresbericht': { de: 'Jahresbericht eines Projekts', en: "A project's yearly report" },
  'ui.docs.report.goal': { de: 'Ziel', en: 'Goal' },
  'ui.docs.report.allGoals': { de: 'alle Ziele', en: 'all goals' },
  'ui.docs.report.project': { de: 'Projekt', en: 'Project' },
  'ui.docs.report.noProject': { de: 'Die Arbeitsmappe hat keine Projektblätter.', en: 'The workbook has no project sheets.' },
  'ui.docs.report.create': { de: 'Word-Bericht erstellen', en: 'Create Word report' },
  'ui.docs.report.download': { de: '{file} herunterladen', en: 'Download {file}' },
  'ui.docs.report.desktop': {
    de: 'Excel für Windows und Mac lassen Downloads aus dem Aufgabenbereich oft nicht zu. Passiert beim Klick nichts, erstellt die Befehlszeile denselben Bericht: {command}',
    en: 'Excel for Windows and Mac often block downloads from the task pane. If nothing happens on the click, the command line writes the same report: {command}',
  },
  'ui.docs.report.web': {
    de: 'Der Bericht wird im Aufgabenbereich erzeugt und heruntergeladen. Ohne Download: {command}',
    en: 'The report is made in the task pane and downloaded. Without download: {command}',
  },
};

register(DOCUMENT_MESSAGES);
