import { UserError } from '../core/errors';
import { extract } from '../core/extract';
import { readWorkbookBytes, type ReadLimits } from './reader';
import { deflateEntry, readZip, writeZip } from './zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES = `${REL}/`;

interface Sheet {
  name: string;
  xml: string;
  type?: string;
  state?: string;
  rels?: string;
}

/** A package written by hand: the parts a reader needs, in the given dialect. */
function pkg(sheets: Sheet[], extra: Record<string, string> = {}, workbookPr = ''): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${TYPES}officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="s${i}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${PKG}">` +
      sheets
        .map((s, i) => `<Relationship Id="s${i}" Type="${TYPES}${s.type ?? 'worksheet'}" Target="worksheets/sheet${i}.xml"/>`)
        .join('') +
      `<Relationship Id="ss" Type="${TYPES}sharedStrings" Target="sharedStrings.xml"/><Relationship Id="st" Type="${TYPES}styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN}"><si><t>geteilt</t></si><si><r><t>Ca. </t></r><r><t>06/19</t></r><rPh><t>フリガナ</t></rPh></si></sst>`,
    'xl/styles.xml': `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    ...extra,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i}.xml`] = s.xml;
    if (s.rels) parts[`xl/worksheets/_rels/sheet${i}.xml.rels`] = s.rels;
  });
  return writeZip(Object.entries(parts).map(([name, xml]) => deflateEntry(name, xml)));
}

const sheet = (body: string, tail = '') => `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${body}</sheetData>${tail}</worksheet>`;
const read = (bytes: Uint8Array, limits?: Partial<ReadLimits>) => readWorkbookBytes(bytes, 'x.xlsx', limits).grids;
const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof UserError ? `${e.code} ${JSON.stringify(e.params)}` : `unexpected: ${String(e)}`;
  }
};

describe('the package reader', () => {
  it('reads every kind of cell as Office.js gives it', () => {
    const [g] = read(
      pkg([
        {
          name: 'A',
          xml: sheet(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>' +
              '<c r="D1" t="str"><f>A1&amp;"x"</f><v>gerechnet</v></c><c r="E1"><f>NOW()</f></c><c r="F1" t="e"><v>#REF!</v></c></row>' +
              '<row r="2"><c r="A2" s="1"><v>43482</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="d"><v>1990-01-01</v></c>' +
              '<c r="D2" t="d"><v>2019-01-17T12:00:00</v></c><c r="E2" s="2"><v>1.5</v></c><c r="F2" t="inlineStr"><v>v2</v></c>' +
              '<c r="G2" t="inlineStr"><is><t>x_x0041_y_x005F_x0042_</t></is></c><c r="H2" s="1"/><c r="I2"><v>1e999</v></c></row>',
          ),
        },
      ]),
    );
    expect(g.cells).toEqual([
      { row: 0, col: 0, type: 'string', value: 'geteilt' },
      // rich text runs joined, the phonetic guide left out
      { row: 0, col: 1, type: 'string', value: 'Ca. 06/19' },
      { row: 0, col: 2, type: 'string', value: 'inline' },
      { row: 0, col: 3, type: 'string', value: 'gerechnet' },
      { row: 0, col: 4, type: 'unreadable', value: '=NOW()' },
      { row: 0, col: 5, type: 'error', value: '#REF!' },
      { row: 1, col: 0, type: 'number', value: 43482, format: 'dd.mm.yyyy' },
      { row: 1, col: 1, type: 'boolean', value: true },
      // strict OOXML dates: serial numbers with a date format, the time of day kept
      { row: 1, col: 2, type: 'number', value: 32874, format: 'yyyy-mm-dd' },
      { row: 1, col: 3, type: 'number', value: 43482.5, format: 'yyyy-mm-dd hh:mm:ss' },
      { row: 1, col: 4, type: 'number', value: 1.5, format: 'mm-dd-yy' },
      { row: 1, col: 5, type: 'string', value: 'v2' },
      { row: 1, col: 6, type: 'string', value: 'xAy_x0042_' },
      { row: 1, col: 8, type: 'error', value: '#NUM!' },
    ]);
    expect(g.tables).toEqual([]);
    expect(g.sheetKind).toBeUndefined();
  });

  it('reads prefixed XML (x:, ns0:), rows and cells without references, and the 1904 date system', () => {
    const prefixed =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c/><x:c><x:v>2</x:v></x:c></x:row>` +
      '<x:row><x:c s="1"><x:v>0</x:v></x:c></x:row><x:row r="7"><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const bytes = pkg(
      [{ name: 'P', xml: prefixed }],
      {
        'xl/_rels/workbook.xml.rels': `<ns0:Relationships xmlns:ns0="${PKG}"><ns0:Relationship Id="s0" Type="${TYPES}worksheet" Target="/xl/worksheets/sheet0.xml"/><ns0:Relationship Id="st" Type="${TYPES}styles" Target="styles.xml"/></ns0:Relationships>`,
      },
      '<workbookPr date1904="1"/>',
    );
    expect(read(bytes)[0].cells).toEqual([
      { row: 0, col: 0, type: 'string', value: 'a' },
      { row: 0, col: 2, type: 'number', value: 2 },
      // 1904 system: serial 0 is 1904-01-01, Grid serials are in the 1900 system
      { row: 1, col: 0, type: 'number', value: 1462, format: 'dd.mm.yyyy' },
      { row: 6, col: 0, type: 'number', value: 7 },
    ]);
  });

  it('keeps values only in the top-left cell of a merge, without materialising the merges', () => {
    const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${2 * i + 3}:B${2 * i + 4}"/>`).join('');
    const [g] = read(
      pkg([
        {
          name: 'M',
          xml: sheet(
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>4</v></c><c r="C3"><v>5</v></c></row>' +
              '<row r="1048576"><c r="A1048576"><v>6</v></c></row>',
            `<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="C1:C1048576"/>${merges}</mergeCells>`,
          ),
        },
      ]),
    );
    expect(g.cells.map((c) => c.value)).toEqual([1, 3, 6]);
    expect(g.merges.length).toBe(50_002);
    expect(g.merges[1]).toEqual({ r1: 0, c1: 2, r2: 1_048_575, c2: 2 });
  });

  it('knows chart, dialog and macro sheets, and marks a listed sheet whose part is gone', () => {
    const bytes = pkg([
      { name: 'Daten', xml: sheet('<row r="1"><c r="A1"><v>1</v></c></row>') },
      { name: 'Diagramm', xml: `<chartsheet xmlns="${MAIN}"/>`, type: 'chartsheet' },
      { name: 'Dialog', xml: `<dialogsheet xmlns="${MAIN}"/>`, type: 'dialogsheet' },
      { name: 'Makro', xml: `<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>`, type: 'xlMacrosheet' },
      // a chart sheet under the worksheet relationship: its root element tells
      { name: 'Versteckt', xml: `<chartsheet xmlns="${MAIN}"/>`, state: 'hidden' },
    ]);
    const grids = read(bytes);
    expect(grids.map((g) => [g.name, g.sheetKind ?? 'worksheet', g.visibility, g.cells.length])).toEqual([
      ['Daten', 'worksheet', 'visible', 1],
      ['Diagramm', 'chartsheet', 'visible', 0],
      ['Dialog', 'dialogsheet', 'visible', 0],
      ['Makro', 'macrosheet', 'visible', 0],
      ['Versteckt', 'chartsheet', 'hidden', 0],
    ]);
    // known kinds, not damage: skipped as such, never reported missing
    const model = extract(grids);
    expect(model.skipped.filter((s) => s.reason === 'not-a-worksheet').map((s) => s.sheet)).toEqual([
      'Diagramm',
      'Dialog',
      'Makro',
      'Versteckt',
    ]);
    expect(model.problems.filter((p) => p.kind === 'missing-sheet')).toEqual([]);
    const gone = pkg([{ name: 'Weg', xml: sheet('') }], {
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="s0" Type="${TYPES}worksheet" Target="worksheets/none.xml"/></Relationships>`,
    });
    expect(read(gone)).toEqual([{ name: 'Weg', visibility: 'visible', cells: [], merges: [], missing: true }]);
  });

  it('reads Excel Tables with their header rows, and the first of two entries of one name', () => {
    const table = (name: string, ref: string, header = '') =>
      `<table xmlns="${MAIN}" id="1" name="${name}_i" displayName="${name}" ref="${ref}"${header}/>`;
    const bytes = pkg(
      [
        {
          name: 'T',
          xml: sheet(
            '<row r="2"><c r="B2" t="s"><v>0</v></c></row>',
            `<tableParts count="2"><tablePart r:id="t1"/><tablePart r:id="t2"/></tableParts>`,
          ),
          rels: `<Relationships xmlns="${PKG}"><Relationship Id="t1" Type="${TYPES}table" Target="../tables/table1.xml"/><Relationship Id="t2" Type="${TYPES}table" Target="../tables/table2.xml"/></Relationships>`,
        },
      ],
      { 'xl/tables/table1.xml': table('Ziele', 'B2:D9'), 'xl/tables/table2.xml': table('Ohne', 'F1:G3', ' headerRowCount="0"') },
    );
    expect(read(bytes)[0].tables).toEqual([
      { name: 'Ziele', r1: 1, c1: 1, r2: 8, c2: 3, header: true },
      { name: 'Ohne', r1: 0, c1: 5, r2: 2, c2: 6, header: false },
    ]);
    const twice = writeZip([...readZip(bytes), deflateEntry('xl/worksheets/sheet0.xml', sheet('<row r="1"><c r="A1"><v>9</v></c></row>'))]);
    expect(read(twice)[0].cells).toEqual([{ row: 1, col: 1, type: 'string', value: 'geteilt' }]);
  });

  it('stops at each bound with its own message', () => {
    const bytes = pkg([
      { name: 'A', xml: sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>') },
      { name: 'B', xml: sheet('<row r="1"><c r="A1"><v>3</v></c></row>') },
    ]);
    // cells: the sheet where they run out is truncated, later sheets keep nothing
    const grids = read(bytes, { maxCells: 1 });
    expect(grids.map((g) => [g.cells.length, g.truncated])).toEqual([
      [1, { keptCells: 1, limit: 1 }],
      [0, { keptCells: 0, limit: 1 }],
    ]);
    expect(codeOf(() => read(bytes, { maxSharedStrings: 1 }))).toBe('too-many-strings {"file":"x.xlsx","limit":"1"}');
    expect(codeOf(() => read(bytes, { maxPartBytes: 200 }))).toMatch(/^part-too-large \{"file":"x.xlsx","part":"[^"]+","limit":"0.0001/);
    expect(codeOf(() => read(bytes, { timeoutMs: -1 }))).toBe('read-timeout {"file":"x.xlsx","seconds":"0"}');
    const bomb = pkg([{ name: 'A', xml: sheet('') }], {
      'xl/sharedStrings.xml': `<!DOCTYPE sst [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst xmlns="${MAIN}"><si><t>&b;</t></si></sst>`,
    });
    expect(codeOf(() => read(bomb))).toBe('xml-doctype {"file":"x.xlsx","part":"xl/sharedStrings.xml"}');
  });

  it('explains what is not a readable workbook', () => {
    expect(codeOf(() => read(new Uint8Array(0)))).toBe('file-empty {"file":"x.xlsx"}');
    expect(codeOf(() => read(new TextEncoder().encode('Nr.;Ziel')))).toBe('not-xlsx {"file":"x.xlsx"}');
    expect(codeOf(() => read(writeZip([deflateEntry('word/document.xml', '<w/>')])))).toBe('not-xlsx {"file":"x.xlsx"}');
    expect(codeOf(() => read(writeZip([deflateEntry('xl/worksheets/sheet1.xml', sheet(''))])))).toBe('corrupt {"file":"x.xlsx"}');
    const good = pkg([{ name: 'A', xml: sheet('') }]);
    expect(codeOf(() => read(good.subarray(0, good.length - 30)))).toBe('corrupt {"file":"x.xlsx"}');
    expect(codeOf(() => read(pkg([{ name: 'A', xml: '<worksheet><sheetData><row></sheetData>' }])))).toBe('corrupt {"file":"x.xlsx"}');
  });
});
