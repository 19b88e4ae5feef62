/** Texts of documents in and out: import, Word reports, the Projekte sheet and their errors. */
import { type Entry, register } from './index';

export const DOCUMENT_MESSAGES: Record<string, Entry> = {
  // errors (one line each; the CLI exits with 2)
  'error.doc-empty': {
    de: 'Das Dokument {file} ist leer.',
    en: 'The document {file} is empty.',
  },
  'error.doc-encrypted': {
    de: 'Das Dokument {file} ist mit einem Kennwort geschützt (oder ein altes .doc): bitte in Word ohne Kennwort als .docx speichern.',
    en: 'The document {file} is password-protected (or an old .doc): please save it in Word as .docx without a password.',
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
