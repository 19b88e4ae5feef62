/**
 * Writes test/corpus/: malformed and odd workbooks, each with the answer `zielwerk validate`
 * must give (declared here by hand, not recorded from the tool). Run with
 * `npx tsx scripts/make-corpus.ts` after changing a case (`… make-corpus.ts 28` writes case 28
 * only); the files are committed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readZip, writeZip } from '../src/xlsx/zip';
import { cfb } from '../test/helpers/cfb';

const DIR = join(__dirname, '..', 'test', 'corpus');

/** What validate must answer: exit code, the whole stderr line ({file} for the path), rules that must (and must not) appear. */
export interface Expected {
  description: string;
  exit: 0 | 1 | 2;
  stderr?: string;
  rules?: Record<string, number>;
  absent?: string[];
  goals?: string[];
}

type Build = (wb: ExcelJS.Workbook) => void;
const NOT_XLSX = '{file} ist keine Excel-Arbeitsmappe (.xlsx). Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern.';
const cases: { name: string; bytes?: () => Buffer; build?: Build; expected: Expected }[] = [];
const add = (name: string, expected: Expected, build: Build) => cases.push({ name, build, expected });
const addBytes = (name: string, expected: Expected, bytes: () => Buffer) => cases.push({ name, bytes, expected });

function put(ws: ExcelJS.Worksheet, rows: unknown[][], at = 1): void {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== undefined) ws.getCell(at + i, j + 1).value = v as ExcelJS.CellValue;
    }),
  );
}

function goalSheet(
  wb: ExcelJS.Workbook,
  name: string,
  parts: { heading?: string; lead?: string; milestones?: unknown[][] } = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  put(ws, [
    [parts.heading ?? `Ziel ${name}`],
    ['Zieltext'],
    [],
    ['Wer ist federführend für die Umsetzung?'],
    [parts.lead ?? 'Ansprechperson: Frau Muster (muster@example.org)'],
    [],
    ['Wer ist beteiligt?'],
    ['Jobcenter, Stadt Paderborn'],
    [],
    ['Zwischenziel bis September 2019'],
    ['Bestandsaufnahme'],
    [],
    ['Maßnahmen und Meilensteine'],
    ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
    ...(parts.milestones ?? [['03/19', 'Erster Schritt', 'erledigt']]),
  ]);
  return ws;
}

// --- files that are not readable workbooks -------------------------------------------------

addBytes('01-empty-file', { description: 'a file of 0 bytes', exit: 2, stderr: 'Die Datei {file} ist leer (0 Byte).' }, () =>
  Buffer.alloc(0),
);
addBytes('02-csv-renamed', { description: 'a CSV file saved with .xlsx', exit: 2, stderr: NOT_XLSX }, () =>
  Buffer.from('Nr.;Kurztitel;Farbe\n1.2;Übergang;grün\n', 'utf8'),
);
addBytes(
  '03-truncated-zip',
  {
    description: 'a workbook cut off in the middle (interrupted download)',
    exit: 2,
    stderr: '{file} ist beschädigt oder unvollständig und kann nicht gelesen werden. In Excel öffnen, reparieren lassen und neu speichern.',
  },
  () => TRUNCATE_ME,
);
addBytes(
  '04-password-protected',
  {
    description: 'an encrypted workbook (OLE container with EncryptionInfo/EncryptedPackage)',
    exit: 2,
    stderr:
      '{file} ist mit einem Kennwort geschützt. Bitte den Kennwortschutz in Excel entfernen (Datei › Informationen › Arbeitsmappe schützen) und erneut versuchen.',
  },
  () => cfb(['EncryptionInfo', 'EncryptedPackage']),
);
addBytes(
  '05-old-xls',
  {
    description: 'an Excel 97–2003 .xls renamed to .xlsx',
    exit: 2,
    stderr: '{file} ist im alten Excel-Format (.xls). Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern.',
  },
  () => cfb(['Workbook', 'SummaryInformation']),
);
addBytes('06-zip-not-workbook', { description: 'a zip archive that holds no workbook', exit: 2, stderr: NOT_XLSX }, () => ZIP_OF_TEXT);

// --- odd but readable workbooks ------------------------------------------------------------

add(
  '07-lone-cell-XFD1048576',
  { description: 'a sheet whose only cell is XFD1048576', exit: 0, rules: { 'sheet-skipped': 1 }, goals: [] },
  (wb) => {
    wb.addWorksheet('Weit').getCell('XFD1048576').value = 'Ende';
  },
);
add(
  '08-60000-row-list',
  {
    description: 'a milestone list with 60 000 rows (goals known only from the list, so without lead)',
    exit: 1,
    rules: { 'milestone-overdue': 0, 'goal-without-lead': 2 },
    goals: ['1.2', '7.47'],
  },
  (wb) => {
    const ws = wb.addWorksheet('Meilensteine');
    ws.addRow(['Ziel', 'MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht']);
    for (let i = 0; i < 60_000; i++)
      ws.addRow([i % 2 ? '1.2' : '7.47', `${String((i % 12) + 1).padStart(2, '0')}/19`, `Maßnahme ${i + 1}`, `Bericht ${i + 1}`]);
  },
);
add(
  '09-2000-columns',
  { description: 'a sheet 2 000 columns wide next to a goal sheet', exit: 0, rules: { 'sheet-skipped': 1 }, goals: ['1.2'] },
  (wb) => {
    goalSheet(wb, '1.2');
    const ws = wb.addWorksheet('Breit');
    ws.addRow(Array.from({ length: 2000 }, (_, i) => `Spalte ${i + 1}`));
    ws.addRow(Array.from({ length: 2000 }, (_, i) => i));
  },
);
add(
  '10-error-values',
  { description: 'error values where data should be', exit: 1, rules: { 'read-error-value': 3 }, goals: ['2.21'] },
  (wb) => {
    goalSheet(wb, '2.21', {
      milestones: [
        [{ error: '#REF!' }, 'Zertifikat entwickeln', null],
        ['03/19', { error: '#N/A' }, null],
        ['04/19', 'Vereine ansprechen', { error: '#DIV/0!' }],
      ],
    });
  },
);
add(
  '11-formulas',
  {
    description: 'formulas with and without a cached result',
    exit: 0,
    rules: { 'read-formula-without-value': 1, 'date-unparseable': 0 },
    goals: ['4.31'],
  },
  (wb) => {
    goalSheet(wb, '4.31', {
      milestones: [
        [{ formula: '"09/"&"19"', result: '09/19' }, 'Verständigung über Profile', { formula: 'UPPER("ok")', result: 'OK' }],
        [{ formula: 'TODAY()' }, 'Austausch', null],
      ],
    });
  },
);
add(
  '12-merged-areas',
  { description: 'labels and values in merged areas, block starting at C4', exit: 0, absent: ['goal-without-lead'], goals: ['6.45'] },
  (wb) => {
    const ws = wb.addWorksheet('Ziel 6.45');
    put(
      ws,
      [
        [null, null, 'Ziel 6.45'],
        [null, null, 'Sozialwirtschaft, Unternehmen und weitere Akteure kooperieren.'],
        [null, null, 'Wer ist federführend für die Umsetzung?', null, 'C. Schön (CWW), c.schoen@cww-paderborn.de'],
        [null, null, 'Wer ist beteiligt?', null, 'IFD, Jobcenter'],
        [null, null, 'Zwischenziel bis September 2019', null, 'Mindestens ein Treffen'],
        [null, null, 'Termin', 'Maßnahme', 'Bericht'],
        [null, null, '05/19', 'Transparenz zur Angebotsstruktur', 'Liste liegt vor'],
      ],
      4,
    );
    ws.mergeCells('C5:F5');
    ws.mergeCells('C6:D6');
    ws.mergeCells('C7:D7');
    ws.mergeCells('E6:F6');
  },
);
add(
  '13-rich-text-and-hyperlinks',
  {
    description: 'rich text and hyperlinks (mailto) as values',
    exit: 0,
    absent: ['lead-without-contact', 'email-invalid'],
    goals: ['7.49'],
  },
  (wb) => {
    const ws = goalSheet(wb, '7.49');
    ws.getCell('A5').value = {
      richText: [{ text: 'Ansprechperson: ' }, { font: { bold: true }, text: 'Johanna Leifeld' }, { text: ' (BIZ), ' }],
    };
    ws.getCell('A6').value = { text: 'j.leifeld@kreis-paderborn.de', hyperlink: 'mailto:j.leifeld@kreis-paderborn.de' };
    ws.getCell('B15').value = { text: 'Protokoll', hyperlink: 'https://example.org/protokoll' };
  },
);
add(
  '14-hidden-sheets',
  { description: 'goal sheets hidden and very hidden', exit: 0, rules: { 'sheet-hidden': 2 }, goals: ['1.2', '1.5'] },
  (wb) => {
    goalSheet(wb, '1.2').state = 'hidden';
    goalSheet(wb, '1.5').state = 'veryHidden';
  },
);
add(
  '15-odd-sheet-names',
  { description: 'sheet names with quotes, brackets, umlauts and 31 characters', exit: 0, goals: ['4.29', '4.30'] },
  (wb) => {
    goalSheet(wb, "Ziel 4.29 'Männer' (Kita)", { heading: 'Ziel 4.29' });
    goalSheet(wb, 'Ziel 4.30 – Berufsbilder & Co.!', { heading: 'Ziel 4.30' });
    wb.addWorksheet('Notizen #1 (Entwurf) – ä ö ü ß').getCell('A1').value = 'Notizen';
  },
);
add(
  '16-numbers-and-booleans-as-text',
  {
    description: 'numbers and booleans where text is expected, ids as numbers',
    // TRUE and 42 in the lead column name nobody
    exit: 1,
    rules: { 'goal-id-as-number': 2, 'goal-without-lead': 2 },
    absent: ['lead-without-contact'],
    goals: ['4.3', '7.47'],
  },
  (wb) => {
    const ws = wb.addWorksheet('Übersicht');
    put(ws, [
      ['Nr.', 'Kurztitel', 'Farbe', 'Federführung'],
      [4.3, 2019, 'grün', true],
      [7.47, 'Quartiere', 'grün', 42],
    ]);
  },
);
add('17-impossible-dates', { description: 'dates that do not exist', exit: 1, rules: { 'date-impossible': 3 }, goals: ['10.64'] }, (wb) => {
  goalSheet(wb, '10.64', {
    milestones: [
      ['31.02.2019', 'Sitzung', null],
      ['13/19', 'Treffen', null],
      ['KW 53/2019', 'Workshop', null],
    ],
  });
});
add('18-duplicate-goal', { description: 'two sheets claim goal 7.47', exit: 1, rules: { 'goal-duplicate': 1 }, goals: ['7.47'] }, (wb) => {
  goalSheet(wb, '7.47');
  goalSheet(wb, '7.47 (2)', { heading: 'Ziel 07:47' });
});
add(
  '19-out-of-system',
  {
    description: 'ids outside 1–12 / 1–72 and a reused Mittlerziel number',
    exit: 1,
    rules: { 'goal-id-out-of-range': 1, 'mittlerziel-reused': 1 },
    goals: ['5.47', '7.47', '13.80'],
  },
  (wb) => {
    goalSheet(wb, '5.47');
    goalSheet(wb, '7.47');
    goalSheet(wb, '13.80');
  },
);
add(
  '20-unknown-references',
  { description: 'lists naming goals that no sheet defines', exit: 1, rules: { 'unknown-goal-reference': 3 }, goals: ['7.47'] },
  (wb) => {
    goalSheet(wb, '7.47');
    put(wb.addWorksheet('Partner'), [
      ['Organisation', 'Ansprechperson', 'E-Mail', 'Ziele'],
      ['AWO', 'Yannis Krone', 'y.krone@awo-paderborn.de', '7.47, 9.99'],
    ]);
    put(wb.addWorksheet('Nachfragen'), [
      ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner'],
      ['8.50', '14.05.2019', 'Frau X'],
    ]);
    put(wb.addWorksheet('Meilensteine'), [
      ['Ziel', 'MM/JJ', 'Maßnahme'],
      ['6.66', '03/19', 'Unbekannt'],
    ]);
  },
);
add('21-only-empty-sheets', { description: 'a workbook with nothing in it', exit: 0, rules: { 'sheet-skipped': 2 }, goals: [] }, (wb) => {
  wb.addWorksheet('Tabelle1');
  wb.addWorksheet('Tabelle2');
});
add(
  '22-generated-sheets-only',
  { description: 'only sheets Zielwerk generated (not reported, not read)', exit: 0, rules: { 'sheet-skipped': 0 }, goals: [] },
  (wb) => {
    put(wb.addWorksheet('Übersicht'), [
      ['Übersicht'],
      ['Erzeugt von Zielwerk am 15.11.2019 – wird bei jeder Zusammenfassung ersetzt'],
      ['Nr.', 'Kurztitel'],
      ['1.2', 'x'],
    ]);
  },
);
add(
  '23-date-system-1904',
  {
    description: 'real date cells in a workbook using the 1904 date system',
    exit: 0,
    absent: ['date-unparseable', 'date-impossible', 'date-outside-period'],
    goals: ['1.5'],
  },
  (wb) => {
    wb.properties.date1904 = true;
    const ws = goalSheet(wb, '1.5', {
      milestones: [
        [new Date(Date.UTC(2019, 8, 15)), 'Sichtung', 'ok'],
        [new Date(Date.UTC(2019, 3, 1)), 'Flyer', 'ok'],
      ],
    });
    ws.getCell('A15').numFmt = 'dd.mm.yyyy';
    ws.getCell('A16').numFmt = 'mmm yy';
  },
);
add(
  '24-weekday-mismatch',
  {
    description: 'a weekday that contradicts its date, in the cell and in the text',
    exit: 1,
    rules: { 'weekday-mismatch': 2 },
    goals: ['7.47'],
  },
  (wb) => {
    goalSheet(wb, '7.47', {
      milestones: [
        ['Do, 17.01.2018', 'Treffen', null],
        [null, 'Nächstes Treffen: Do, 17. Januar 2018 14.00 – 15.00 Uhr Mehrgenerationenhaus', null],
      ],
    });
  },
);
add(
  '25-ids-as-german-dates',
  {
    description: 'an overview whose ids a German Excel turned into dates',
    exit: 0,
    rules: { 'goal-id-repaired': 2 },
    goals: ['1.2', '1.5'],
  },
  (wb) => {
    const ws = wb.addWorksheet('Übersicht');
    put(ws, [
      ['Nr.', 'Kurztitel', 'Federführung'],
      [new Date(Date.UTC(2019, 1, 1)), 'Übergang', 'Frau Hagen'],
      [new Date(Date.UTC(2019, 4, 1)), 'ESE', 'Frau Fitzner'],
    ]);
    ws.getCell('A2').numFmt = 'dd.mm.';
    ws.getCell('A3').numFmt = 'dd.mm.';
  },
);
add(
  '26-form-without-id',
  { description: 'a goal form whose sheet and heading name no id', exit: 1, rules: { 'goal-id-malformed': 1 }, goals: [] },
  (wb) => {
    goalSheet(wb, 'Tabelle3', { heading: 'Workshop-Ergebnisse' });
  },
);
add(
  '27-malformed-contacts',
  {
    description: 'broken e-mail addresses and phone numbers',
    exit: 1,
    rules: { 'email-invalid': 2, 'phone-implausible': 1 },
    goals: ['12.71'],
  },
  (wb) => {
    goalSheet(wb, '12.71');
    put(wb.addWorksheet('Partner'), [
      ['Organisation', 'Ansprechperson', 'E-Mail', 'Telefon', 'Ziele'],
      ['Kreismuseum Wewelsburg', 'K. John-Stucke', 'john-stucke@kreis-paderborn', '12345', '12.71'],
      ['Schule X', 'Herr Y', 'herr y at schule.de', '05251 1234', '12.71'],
    ]);
  },
);

add(
  '28-pathological-text',
  {
    description: 'cells of tens of thousands of spaces and unclosed brackets, where ids and contacts are read',
    exit: 1,
    // "a b" in Nachfragen and "7.47 x" in Partner are no ids; "(a@(a@…" holds the address "a@"
    rules: { 'goal-id-malformed': 2, 'email-invalid': 1 },
    goals: ['7.47'],
  },
  (wb) => {
    goalSheet(wb, '7.47');
    put(wb.addWorksheet('Nachfragen'), [
      ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner'],
      ['7.47', '14.11.2019', 'Frau Hagen'],
      [`a${' '.repeat(30000)}b`, '14.11.2019', `Ziel${' '.repeat(30000)}x`],
    ]);
    put(wb.addWorksheet('Partner'), [
      ['Organisation', 'Ansprechperson', 'E-Mail', 'Ziele'],
      ['AWO', '(a@'.repeat(10000), null, `7.47${' '.repeat(30000)}x`],
    ]);
  },
);

addBytes(
  '29-missing-sheet-part',
  {
    description: 'a package whose workbook lists a sheet whose part is gone (edited by another program)',
    exit: 1,
    rules: { 'read-sheet-missing': 1, 'sheet-skipped': 0 },
    goals: ['1.2'],
  },
  () => MISSING_PART,
);

// --- bytes ---------------------------------------------------------------------------------

/** A minimal OLE compound-file header followed by directory names (UTF-16), as Office writes them. */

let TRUNCATE_ME: Buffer = Buffer.alloc(0);
let MISSING_PART: Buffer = Buffer.alloc(0);
let ZIP_OF_TEXT: Buffer = Buffer.alloc(0);

async function main(): Promise<void> {
  const full = new ExcelJS.Workbook();
  goalSheet(full, '1.2', { milestones: Array.from({ length: 200 }, (_, i) => ['03/19', `Maßnahme ${i}`, null]) });
  const fullBuf = Buffer.from(await full.xlsx.writeBuffer());
  TRUNCATE_ME = fullBuf.subarray(0, Math.floor(fullBuf.length * 0.6));
  // two goal sheets; the second one's part is dropped from the package
  const two = new ExcelJS.Workbook();
  goalSheet(two, '1.2');
  goalSheet(two, '7.47');
  const entries = readZip(Buffer.from(await two.xlsx.writeBuffer()));
  MISSING_PART = Buffer.from(writeZip(entries.filter((e) => e.name !== 'xl/worksheets/sheet2.xml')));
  // a zip with one text file: write an xlsx-shaped zip through ExcelJS' JSZip dependency
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('liesmich.txt', 'Kein Excel.');
  ZIP_OF_TEXT = await zip.generateAsync({ type: 'nodebuffer' });

  mkdirSync(DIR, { recursive: true });
  // `make-corpus.ts 28` writes only the cases whose names start so, and leaves the rest
  const only = process.argv[2];
  if (!only) for (const f of readdirSync(DIR)) if (/^\d\d-/.test(f)) rmSync(join(DIR, f));
  let written = 0;
  for (const c of cases) {
    if (only && !c.name.startsWith(only)) continue;
    written++;
    let bytes: Buffer;
    if (c.bytes) bytes = c.bytes();
    else {
      const wb = new ExcelJS.Workbook();
      c.build!(wb);
      bytes = Buffer.from(await wb.xlsx.writeBuffer());
    }
    writeFileSync(join(DIR, `${c.name}.xlsx`), bytes);
    writeFileSync(join(DIR, `${c.name}.expected.json`), JSON.stringify(c.expected, null, 2) + '\n');
  }
  console.log(`${written} cases written to ${DIR}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
