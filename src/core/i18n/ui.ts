/** Texts of the task pane and the ribbon commands. */
import { type Entry, register } from './index';

export const UI_MESSAGES: Record<string, Entry> = {
  'ui.tab.overview': { de: 'Überblick', en: 'Overview' },
  'ui.tab.check': { de: 'Prüfen', en: 'Check' },
  'ui.tab.structure': { de: 'Struktur', en: 'Structure' },
  'ui.tab.documents': { de: 'Dokumente', en: 'Documents' },
  'ui.docs.loading': { de: 'Dokumente werden geladen …', en: 'Loading documents …' },
  'ui.docs.loadFailed': {
    de: 'Der Bereich Dokumente konnte nicht geladen werden (documents.js).',
    en: 'The Documents view could not be loaded (documents.js).',
  },
  'ui.tab.settings': { de: 'Einstellungen', en: 'Settings' },
  'ui.tab.consolidate': { de: 'Zusammenführen', en: 'Consolidate' },
  'ui.busy.consolidateRead': { de: 'Dateien werden gelesen …', en: 'Reading the files …' },
  'ui.busy.consolidate': { de: 'Zusammenführung wird geschrieben …', en: 'Writing the consolidation …' },
  'ui.busy.view': { de: 'Ansicht wird geladen …', en: 'Loading the view …' },
  'ui.tabs': { de: 'Bereiche', en: 'Sections' },
  'ui.loading': { de: 'Arbeitsmappe wird gelesen …', en: 'Reading the workbook …' },
  'ui.view.loading': { de: 'Ansicht wird geladen …', en: 'Loading the view …' },
  'ui.busy.summary': { de: 'Zusammenfassung wird erstellt …', en: 'Creating the summary …' },
  'ui.busy.structure': { de: 'Tabellen werden angelegt …', en: 'Creating the tables …' },
  'ui.busy.report': { de: 'Prüfbericht wird geschrieben …', en: 'Writing the validation report …' },
  'ui.busy.check': { de: 'Arbeitsmappe wird geprüft …', en: 'Checking the workbook …' },
  'ui.error': { de: 'Das hat nicht geklappt: {message}', en: 'That did not work: {message}' },
  'ui.error.title': { de: 'Fehler', en: 'Error' },
  'ui.noExcel': {
    de: 'Zielwerk läuft nur in Excel. Öffnen Sie die Arbeitsmappe in Excel und starten Sie Zielwerk über „Start › Zielwerk“.',
    en: 'Zielwerk runs inside Excel only. Open the workbook in Excel and start Zielwerk from "Home › Zielwerk".',
  },

  // overview
  'ui.overview.heading': { de: 'Was Zielwerk gefunden hat', en: 'What Zielwerk found' },
  'ui.overview.goals': { de: 'Ziele', en: 'Goals' },
  'ui.overview.milestones': { de: 'Meilensteine', en: 'Milestones' },
  'ui.overview.partners': { de: 'Partner', en: 'Partners' },
  'ui.overview.skipped': { de: 'Übersprungene Blätter', en: 'Skipped sheets' },
  'ui.overview.findings': {
    de: '{error} Fehler, {warning:Warnung|Warnungen}, {info:Hinweis|Hinweise}',
    en: '{error:error|errors}, {warning:warning|warnings}, {info:note|notes}',
  },
  'ui.overview.asOf': { de: 'Stichtag: {date}', en: 'Reference day: {date}' },
  'ui.overview.create': { de: 'Zusammenfassung erstellen', en: 'Create summary' },
  'ui.overview.createHint': {
    de: 'Schreibt die Blätter Übersicht, Fällig, Partner, Zeitplan, Prüfbericht und Änderungen. Ihre eigenen Blätter bleiben unverändert.',
    en: 'Writes the sheets Overview, Due, Partners, Timeline, Validation and Changes. Your own sheets stay unchanged.',
  },
  'ui.overview.noGoals': {
    de: 'In dieser Arbeitsmappe wurden keine Ziele erkannt. Zielwerk liest Zielblätter („Ziel 7.47“, „Wer ist federführend …“), Zielübersichten, Meilenstein- und Partnerlisten.',
    en: 'No goals were found in this workbook. Zielwerk reads goal sheets ("Ziel 7.47", "Wer ist federführend …"), goal overviews, milestone and partner lists.',
  },
  'ui.done.summary': { de: 'Zusammenfassung erstellt: {count:Blatt|Blätter}.', en: 'Summary created: {count:sheet|sheets}.' },
  'ui.done.structure': { de: 'Tabellen angelegt: {names}.', en: 'Tables created: {names}.' },
  'ui.done.report': { de: 'Prüfbericht als Blatt „{name}“ geschrieben.', en: 'Validation report written to sheet "{name}".' },
  'ui.done.sheet.new': { de: '{name} (neu)', en: '{name} (new)' },
  'ui.done.sheet.replaced': { de: '{name} (ersetzt)', en: '{name} (replaced)' },
  // what a write left out (a feature newer than ExcelApi 1.14 this Excel lacks)
  'ui.skipped': { de: 'Ausgelassen: {feature} ({reason}).', en: 'Left out: {feature} ({reason}).' },

  // check
  'ui.check.heading': { de: 'Befunde', en: 'Findings' },
  'ui.check.recheck': { de: 'Erneut prüfen', en: 'Check again' },
  'ui.check.asSheet': { de: 'Prüfbericht als Blatt', en: 'Report as sheet' },
  'ui.check.severity': { de: 'Schwere', en: 'Severity' },
  'ui.check.rule': { de: 'Regel', en: 'Rule' },
  'ui.check.allRules': { de: 'Alle Regeln', en: 'All rules' },
  'ui.check.count': { de: '{shown} von {total} Befunden', en: '{shown} of {total} findings' },
  'ui.check.none': { de: 'Keine Befunde – die Arbeitsmappe ist in Ordnung.', en: 'No findings – the workbook is fine.' },
  'ui.check.noneFiltered': { de: 'Keine Befunde für diese Auswahl.', en: 'No findings for this selection.' },
  'ui.check.goal': { de: 'Ziel {id}', en: 'Goal {id}' },
  'ui.check.noGoal': { de: 'Ohne Ziel', en: 'No goal' },
  'ui.check.sheet': { de: 'Blatt „{sheet}“', en: 'Sheet "{sheet}"' },
  'ui.check.jump': {
    de: '{severity} in {sheet}!{cell}: {message}. Eingabetaste wählt die Zelle aus.',
    en: '{severity} at {sheet}!{cell}: {message}. Press Enter to select the cell.',
  },
  'ui.check.jumpFailed': {
    de: 'Die Zelle {sheet}!{cell} konnte nicht ausgewählt werden (Blatt umbenannt oder gelöscht?).',
    en: 'Could not select cell {sheet}!{cell} (sheet renamed or deleted?).',
  },

  // structure
  'ui.structure.heading': { de: 'Wie die Blätter gelesen wurden', en: 'How the sheets were read' },
  'ui.structure.sheet': { de: 'Blatt', en: 'Sheet' },
  'ui.structure.kind': { de: 'gelesen als', en: 'read as' },
  'ui.structure.goals': { de: 'Ziele', en: 'Goals' },
  'ui.structure.coverage': { de: 'verstanden', en: 'understood' },
  'ui.structure.unsure': { de: 'unsicher', en: 'unsure' },
  'ui.structure.found': { de: '{n:Bereich|Bereiche} gefunden', en: '{n:area|areas} found' },
  'ui.structure.showUnread': { de: '{n:Zelle|Zellen} zeigen', en: 'show {n:cell|cells}' },
  'ui.structure.showUnreadLabel': {
    de: '{n:Zelle|Zellen} auf Blatt „{sheet}“ auswählen, die Zielwerk nicht verstanden hat',
    en: 'Select the {n:cell|cells} on sheet "{sheet}" that Zielwerk did not understand',
  },
  // layout maps: the Struktur view's part (the editor's texts load with it: layout.ts)
  'ui.layout.open': { de: 'Lesart anpassen', en: 'Adjust reading' },
  'ui.layout.openLabel': { de: 'Lesart von Blatt „{sheet}“ anpassen', en: 'Adjust how sheet "{sheet}" is read' },
  'ui.layout.fromFile': { de: 'Lesart aus Datei übernehmen', en: 'Take reading from a file' },
  'ui.layout.fromFileHint': {
    de: 'Eine Lesart (.json) oder eine Mappe (.xlsx) derselben Vorlage, in der eine gespeichert ist',
    en: 'A reading (.json), or a workbook (.xlsx) of the same template that stores one',
  },
  'ui.structure.create': { de: 'Tabellen anlegen', en: 'Create tables' },
  'ui.structure.createHint': {
    de: 'Legt „Ziele“, „Meilensteine“ und „Partner“ als Excel-Tabellen mit Auswahllisten und Verweisen auf die Quelle an.',
    en: 'Creates "Goals", "Milestones" and "Partner" as Excel tables with dropdowns and links to the source.',
  },

  // settings
  'ui.check.ruleId': { de: 'Regel-Kennung: {id}', en: 'rule id: {id}' },
  'ui.settings.remove.heading': { de: 'Zielwerk-Daten', en: 'Zielwerk data' },
  'ui.settings.remove.hint': {
    de: 'Entfernt alle Blätter, die Zielwerk angelegt hat (Übersichten, Tabellen, den ausgeblendeten Stand der letzten Zusammenfassung). Ihre eigenen Blätter bleiben unverändert.',
    en: 'Removes every sheet Zielwerk added (summaries, tables, the hidden state of the last summary). Your own sheets stay as they are.',
  },
  'ui.settings.remove': { de: 'Zielwerk-Daten entfernen', en: 'Remove Zielwerk data' },
  'ui.settings.remove.confirm': {
    de: 'Wirklich alle Zielwerk-Blätter entfernen? Die Änderungsliste beginnt danach neu.',
    en: 'Really remove every Zielwerk sheet? The change list starts afresh afterwards.',
  },
  'ui.settings.remove.yes': { de: 'Ja, entfernen', en: 'Yes, remove' },
  'ui.settings.remove.no': { de: 'Abbrechen', en: 'Cancel' },
  'ui.busy.remove': { de: 'Zielwerk-Daten werden entfernt …', en: 'Removing Zielwerk data …' },
  'ui.done.remove': { de: 'Entfernt: {count:Blatt|Blätter}', en: 'Removed: {count:sheet|sheets}' },
  'ui.done.removeNothing': { de: 'Diese Arbeitsmappe enthält keine Zielwerk-Blätter.', en: 'This workbook holds no Zielwerk sheets.' },
  'ui.edits.title': {
    de: 'Von Hand geändert – noch nichts geschrieben',
    en: 'Changed by hand – nothing written yet',
  },
  'ui.edits.sheet': { de: '„{sheet}“: {cells}', en: '"{sheet}": {cells}' },
  'ui.edits.hint': {
    de: 'Diese Zellen wurden geändert, seit Zielwerk das Blatt schrieb. Beim Ersetzen gehen die Änderungen verloren – bitte vorher in die Zielblätter übertragen.',
    en: 'These cells were changed since Zielwerk wrote the sheet. Replacing it loses the changes – please carry them over to the goal sheets first.',
  },
  'ui.edits.overwrite': { de: 'Trotzdem ersetzen', en: 'Replace anyway' },
  'ui.edits.keep': { de: 'Abbrechen', en: 'Cancel' },
  'ui.settings.heading': { de: 'Einstellungen dieser Arbeitsmappe', en: 'Settings of this workbook' },
  'ui.settings.hint': {
    de: 'Werden in der Arbeitsmappe gespeichert – Kolleginnen und Kollegen sehen dieselben Werte.',
    en: 'Stored in the workbook – colleagues see the same values.',
  },
  'ui.settings.today': { de: 'Stichtag', en: 'Reference day' },
  'ui.settings.todayHint': {
    de: 'TT.MM.JJJJ, z. B. 15.11.2019; leer lassen für „heute“.',
    en: 'YYYY-MM-DD or DD.MM.YYYY; leave empty for "today".',
  },
  'ui.settings.todayPlaceholder': { de: 'TT.MM.JJJJ', en: 'YYYY-MM-DD' },
  'ui.settings.weeks': { de: 'Fällig in den nächsten … Wochen', en: 'Due within the next … weeks' },
  'ui.settings.leitziel': { de: 'Leitziele von … bis', en: 'Leitziele from … to' },
  'ui.settings.mittlerziel': { de: 'Mittlerziele von … bis', en: 'Mittlerziele from … to' },
  'ui.settings.from': { de: 'von', en: 'from' },
  'ui.settings.to': { de: 'bis', en: 'to' },
  'ui.settings.lang': { de: 'Sprache', en: 'Language' },
  'ui.settings.lang.auto': { de: 'wie Excel', en: 'as Excel' },
  'ui.settings.lang.de': { de: 'Deutsch', en: 'German' },
  'ui.settings.lang.en': { de: 'Englisch', en: 'English' },
  'ui.settings.save': { de: 'Speichern', en: 'Save' },
  'ui.settings.saved': { de: 'Gespeichert.', en: 'Saved.' },
  'ui.settings.invalid': { de: 'Bitte die markierten Felder prüfen.', en: 'Please check the marked fields.' },

  // ribbon command results
  'command.summary.done': { de: 'Zusammenfassung erstellt', en: 'Summary created' },
  'command.summary.edits': {
    de: 'Diese Zellen wurden geändert, seit Zielwerk die Blätter schrieb. Bitte die Änderungen in die Zielblätter übertragen, oder im Aufgabenbereich (Zielwerk › Zusammenfassung erstellen) bestätigen, dass sie ersetzt werden dürfen.',
    en: 'These cells were changed since Zielwerk wrote the sheets. Please carry the changes over to the goal sheets, or confirm in the task pane (Zielwerk › Create summary) that they may be replaced.',
  },
  'command.summary.failed': { de: 'Zusammenfassung nicht erstellt', en: 'Summary not created' },
  'command.summary.findings': {
    de: 'Prüfung: {error} Fehler, {warning:Warnung|Warnungen}',
    en: 'Check: {error:error|errors}, {warning:warning|warnings}',
  },
};

register(UI_MESSAGES);
