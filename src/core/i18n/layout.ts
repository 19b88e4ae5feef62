/**
 * Texts of layout maps (issue 19): the names of sheet kinds, goal-sheet fields and column
 * roles (shared by `zielwerk layout` and the task pane), and the task pane's editor that
 * teaches Zielwerk a sheet ("Lesart anpassen", "Lesart aus Datei übernehmen"). The task pane
 * loads this catalogue when the editor opens and registers it (a plain object with no imports,
 * so the chunk it loads in shares no module with the first view); the Struktur view's own texts
 * are in ui.ts. The command line registers it through layoutCli.ts.
 */
import type { Entry } from './index';

export const LAYOUT_MESSAGES: Record<string, Entry> = {
  'layout.kind.goal-sheet': { de: 'Zielblatt', en: 'goal sheet' },
  'layout.kind.goal-blocks': { de: 'mehrere Ziele auf einem Blatt', en: 'several goals on one sheet' },
  'layout.kind.milestone-list': { de: 'Meilensteinliste', en: 'milestone list' },
  'layout.kind.overview': { de: 'Zielübersicht', en: 'goal overview' },
  'layout.kind.status-log': { de: 'Nachfrage-Protokoll', en: 'status-check log' },
  'layout.kind.partner-list': { de: 'Partnerliste', en: 'partner list' },
  'layout.kind.project': { de: 'Projektblatt', en: 'project sheet' },
  'layout.kind.ignore': { de: 'nicht lesen', en: 'do not read' },
  'layout.field.id': { de: 'Ziel-Nr.', en: 'goal id' },
  'layout.field.title': { de: 'Zieltext', en: 'goal text' },
  'layout.field.lead': { de: 'Federführung', en: 'lead' },
  'layout.field.participants': { de: 'Beteiligte', en: 'participants' },
  'layout.field.interimGoal': { de: 'Zwischenziel', en: 'interim goal' },
  'layout.role.round': { de: 'Nachfragerunde', en: 'status round' },
  'layout.role.ignore': { de: '(nicht lesen)', en: '(do not read)' },
  'ui.layout.heading': { de: 'Lesart von „{sheet}“', en: 'How "{sheet}" is read' },
  'ui.layout.intro': {
    de: 'Sagen Sie Zielwerk, was auf diesem Blatt steht. Die Zellen der Arbeitsmappe bleiben, wie sie sind; gespeichert wird nur die Lesart (im ausgeblendeten Blatt „Zielwerk_Lesart“).',
    en: 'Tell Zielwerk what this sheet holds. The workbook’s cells stay as they are; only the reading is stored (in the hidden sheet "Zielwerk_Lesart").',
  },
  'ui.layout.kind': { de: 'Art des Blatts', en: 'Kind of sheet' },
  'ui.layout.headerRow': { de: 'Kopfzeile (Zeilennummer)', en: 'Header row (row number)' },
  'ui.layout.headerRowHint': {
    de: 'Eine Zelle der Kopfzeile in Excel auswählen und „Auswahl übernehmen“ klicken – oder die Nummer eintragen.',
    en: 'Select a cell of the header row in Excel and click "Use selection" – or type the number.',
  },
  'ui.layout.take': { de: 'Auswahl übernehmen', en: 'Use selection' },
  'ui.layout.takeRowLabel': {
    de: 'Zeile der Auswahl in Excel als Kopfzeile übernehmen',
    en: 'Use the row selected in Excel as the header row',
  },
  'ui.layout.takeCellLabel': {
    de: 'Ausgewählte Zelle in Excel für „{field}“ übernehmen',
    en: 'Use the cell selected in Excel for "{field}"',
  },
  'ui.layout.columns': { de: 'Was in jeder Spalte steht', en: 'What each column holds' },
  'ui.layout.column': { de: 'Spalte {col}: {text}', en: 'Column {col}: {text}' },
  'ui.layout.columnEmpty': { de: 'Spalte {col} (ohne Überschrift)', en: 'Column {col} (no heading)' },
  'ui.layout.unset': { de: '– offen –', en: '– not set –' },
  'ui.layout.noColumns': { de: 'In dieser Zeile steht nichts.', en: 'This row is empty.' },
  'ui.layout.goal': { de: 'Ziel-Nr. des Blatts, wo es keine nennt', en: 'Goal id of the sheet, where it names none' },
  'ui.layout.fields': { de: 'Wo die Angaben zum Ziel stehen', en: 'Where the goal’s details are' },
  'ui.layout.fieldsHint': {
    de: 'Je Angabe eine Zelle (z. B. B4) oder die Beschriftung davor (mehrere mit ; trennen). Leer: wie erkannt.',
    en: 'For each detail a cell (e.g. B4) or the label in front of it (several separated by ;). Empty: as detected.',
  },
  'ui.layout.invalidRow': { de: 'Eine Zeilennummer ab 1, z. B. 3', en: 'A row number from 1, e.g. 3' },
  'ui.layout.invalidGoal': { de: 'Eine Ziel-Nr. wie 7.47', en: 'A goal id such as 7.47' },
  'ui.layout.selectionElsewhere': {
    de: 'Die Auswahl liegt auf Blatt „{other}“. Bitte eine Zelle auf „{sheet}“ auswählen.',
    en: 'The selection is on sheet "{other}". Please select a cell on "{sheet}".',
  },
  'ui.layout.selectionFailed': { de: 'Die Auswahl in Excel ließ sich nicht lesen.', en: 'The selection in Excel could not be read.' },
  'ui.layout.preview': { de: 'Vorschau: so würde Zielwerk lesen', en: 'Preview: how Zielwerk would read it' },
  'ui.layout.preview.kind': { de: 'gelesen als', en: 'read as' },
  'ui.layout.preview.goals': { de: 'Ziele', en: 'Goals' },
  'ui.layout.preview.milestones': { de: 'Meilensteine', en: 'Milestones' },
  'ui.layout.preview.checks': { de: 'Nachfragen', en: 'Status checks' },
  'ui.layout.preview.partners': { de: 'Partner', en: 'Partners' },
  'ui.layout.preview.coverage': { de: 'verstanden', en: 'understood' },
  'ui.layout.preview.none': { de: 'keine', en: 'none' },
  'ui.layout.preview.problems': { de: 'Passt nicht: {problems}', en: 'Does not fit: {problems}' },
  'ui.layout.save': { de: 'Speichern', en: 'Save' },
  'ui.layout.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'ui.layout.file.heading': { de: 'Lesart aus „{file}“', en: 'Reading from "{file}"' },
  'ui.layout.file.invalid': { de: '„{file}“ ist keine gültige Lesart:', en: '"{file}" is not a valid reading:' },
  'ui.layout.file.json': { de: '„{file}“ ist kein gültiges JSON.', en: '"{file}" is not valid JSON.' },
  'ui.layout.file.noMap': { de: 'In „{file}“ ist keine Lesart gespeichert.', en: '"{file}" stores no reading.' },
  'ui.layout.file.unreadableMap': {
    de: 'Die in „{file}“ gespeicherte Lesart ist nicht lesbar.',
    en: 'The reading stored in "{file}" cannot be read.',
  },
  'ui.layout.file.kind': { de: 'Bitte eine .json- oder .xlsx-Datei wählen.', en: 'Please choose a .json or .xlsx file.' },
  'ui.layout.file.missing': {
    de: 'Diese Blätter gibt es in dieser Mappe nicht, sie werden nicht übernommen: {sheets}',
    en: 'This workbook does not have these sheets; they are not taken over: {sheets}',
  },
  'ui.layout.file.nothing': {
    de: 'Keines der Blätter dieser Lesart gibt es in dieser Mappe.',
    en: 'None of the sheets of this reading is in this workbook.',
  },
  'ui.layout.saved': { de: 'Lesart gespeichert ({n:Blatt|Blätter}).', en: 'Reading stored ({n:sheet|sheets}).' },
  'ui.layout.dropped': {
    de: 'Nicht behalten, weil es das Blatt in dieser Mappe nicht (mehr) gibt: {sheets}',
    en: 'Not kept, as this workbook does not have the sheet (any more): {sheets}',
  },
  'ui.busy.layout': { de: 'Lesart wird gespeichert …', en: 'Storing the reading …' },
};
