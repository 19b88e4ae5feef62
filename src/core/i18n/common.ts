/** Messages shared by all hosts: input errors, dates, sheet kinds, the extract summary. */
import type { Entry } from './index';

export const COMMON: Record<string, Entry> = {
  // a milestone's state, as its row says it
  'state.done': { de: 'erledigt', en: 'done' },
  'state.in-progress': { de: 'in Arbeit', en: 'in progress' },
  'state.open': { de: 'offen', en: 'open' },
  'state.postponed': { de: 'verschoben', en: 'postponed' },
  'state.cancelled': { de: 'entfällt', en: 'cancelled' },
  // user errors (src/core/errors.ts)
  'error.file-not-found': { de: 'Datei nicht gefunden: {file}', en: 'File not found: {file}' },
  'error.file-unreadable': { de: 'Datei kann nicht gelesen werden: {file} ({reason})', en: 'Cannot read file: {file} ({reason})' },
  'error.file-no-permission': {
    de: 'Keine Berechtigung, {file} zu lesen. Ist die Datei anderswo geöffnet oder gesperrt?',
    en: 'No permission to read {file}. Is the file open or locked elsewhere?',
  },
  'error.file-empty': { de: 'Die Datei {file} ist leer (0 Byte).', en: 'The file {file} is empty (0 bytes).' },
  'error.not-xlsx': {
    de: '{file} ist keine Excel-Arbeitsmappe (.xlsx). Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern.',
    en: '{file} is not an Excel workbook (.xlsx). Please save it in Excel as "Excel Workbook (*.xlsx)".',
  },
  'error.legacy-xls': {
    de: '{file} ist im alten Excel-Format (.xls). Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern.',
    en: '{file} uses the old Excel format (.xls). Please save it in Excel as "Excel Workbook (*.xlsx)".',
  },
  'error.encrypted': {
    de: '{file} ist mit einem Kennwort geschützt. Bitte den Kennwortschutz in Excel entfernen (Datei › Informationen › Arbeitsmappe schützen) und erneut versuchen.',
    en: '{file} is password-protected. Please remove the password in Excel (File › Info › Protect Workbook) and try again.',
  },
  'error.corrupt': {
    de: '{file} ist beschädigt oder unvollständig und kann nicht gelesen werden. In Excel öffnen, reparieren lassen und neu speichern.',
    en: '{file} is damaged or incomplete and cannot be read. Open it in Excel, let Excel repair it and save it again.',
  },
  'error.is-directory': { de: '{file} ist ein Ordner, keine Datei.', en: '{file} is a folder, not a file.' },
  'error.not-a-file': {
    de: '{file} ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket).',
    en: '{file} is not a regular file (but a device, a pipe or a socket).',
  },
  'error.write-failed': { de: 'Datei kann nicht geschrieben werden: {file} ({reason})', en: 'Cannot write file: {file} ({reason})' },
  'error.usage': { de: '{message} – Hilfe: zielwerk --help', en: '{message} – help: zielwerk --help' },

  // date errors (DATE_ERRORS in model.ts)
  'date.error.empty': { de: 'kein Datum angegeben', en: 'no date given' },
  'date.error.unrecognized': { de: 'Datum nicht erkannt', en: 'date not recognised' },
  'date.error.impossible-date': { de: 'diesen Tag gibt es nicht', en: 'this day does not exist' },
  'date.error.invalid-month': { de: 'ungültiger Monat', en: 'invalid month' },
  'date.error.invalid-week': { de: 'diese Kalenderwoche gibt es nicht', en: 'this calendar week does not exist' },
  'date.error.missing-year': { de: 'Jahr fehlt', en: 'year missing' },
  'date.error.invalid-number': { de: 'Zahl ist kein Datum', en: 'number is not a date' },

  // precisions
  'date.precision.day': { de: 'Tag', en: 'day' },
  'date.precision.week': { de: 'Woche', en: 'week' },
  'date.precision.month': { de: 'Monat', en: 'month' },
  'date.precision.months': { de: 'Monate', en: 'months' },
  'date.precision.quarter': { de: 'Quartal', en: 'quarter' },
  'date.precision.half': { de: 'Halbjahr', en: 'half-year' },
  'date.precision.season': { de: 'Jahreszeit', en: 'season' },
  'date.precision.holidays': { de: 'Ferien', en: 'school holidays' },
  'date.precision.schoolYear': { de: 'Schuljahr', en: 'school year' },
  'date.precision.year': { de: 'Jahr', en: 'year' },
  'date.precision.none': { de: 'ohne', en: 'none' },
  'date.qualifier.approx': { de: 'ca.', en: 'approx.' },
  'date.qualifier.by': { de: 'bis', en: 'by' },
  'date.qualifier.from': { de: 'ab', en: 'from' },
  'date.ongoing': { de: 'laufend', en: 'ongoing' },
  'date.fromText': { de: 'aus dem Text', en: 'from the text' },
  'weekday.1': { de: 'Montag', en: 'Monday' },
  'weekday.2': { de: 'Dienstag', en: 'Tuesday' },
  'weekday.3': { de: 'Mittwoch', en: 'Wednesday' },
  'weekday.4': { de: 'Donnerstag', en: 'Thursday' },
  'weekday.5': { de: 'Freitag', en: 'Friday' },
  'weekday.6': { de: 'Samstag', en: 'Saturday' },
  'weekday.7': { de: 'Sonntag', en: 'Sunday' },

  // sheet kinds and skip reasons
  'sheet.goal-form': { de: 'Zielblatt', en: 'goal sheet' },
  'sheet.overview': { de: 'Zielübersicht', en: 'goal overview' },
  'sheet.milestone-list': { de: 'Meilensteinliste', en: 'milestone list' },
  'sheet.partner-list': { de: 'Partnerliste', en: 'partner list' },
  'sheet.status-log': { de: 'Nachfrage-Protokoll', en: 'status-check log' },
  'sheet.generated': { de: 'von Zielwerk erzeugt', en: 'generated by Zielwerk' },
  'sheet.skipped': { de: 'übersprungen', en: 'skipped' },
  'skip.no-goal-data': { de: 'keine Zieldaten erkannt', en: 'no goal data found' },
  'skip.generated': { de: 'von Zielwerk erzeugt', en: 'generated by Zielwerk' },
  'skip.empty': { de: 'leer', en: 'empty' },
  'skip.unreadable': { de: 'nicht lesbar', en: 'unreadable' },
  'skip.not-a-worksheet': {
    de: 'kein Tabellenblatt (Diagramm-, Dialog- oder Makroblatt)',
    en: 'not a worksheet (chart, dialog or macro sheet)',
  },
  'visibility.hidden': { de: 'ausgeblendet', en: 'hidden' },
  'visibility.veryHidden': { de: 'sehr ausgeblendet', en: 'very hidden' },
};
