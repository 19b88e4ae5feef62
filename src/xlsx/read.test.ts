import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { goalSheetRows, rows, xlsxBuffer } from '../../test/helpers/xlsx';
import { extract } from '../core/extract';
import { UserError } from '../core/errors';
import { readWorkbookBuffer, readWorkbookFile } from './read';
import { readZip, writeZip } from './zip';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof UserError ? e.code : `unexpected: ${String(e)}`;
  }
};

describe('ExcelJS host: reading', () => {
  it('reads values with Office.js semantics: merges, dates, rich text, hyperlinks, formulas, errors', async () => {
    const buf = await xlsxBuffer({
      'Ziel 7.47': (ws) => {
        rows(goalSheetRows('7.47', [[new Date(Date.UTC(2019, 0, 17)), 'Treffen', null]]))(ws);
        ws.getCell('A16').value = { richText: [{ text: 'Ca. ' }, { font: { bold: true }, text: '06/19' }] };
        ws.getCell('B16').value = { text: 'Link auf Protokoll', hyperlink: 'https://example.org' };
        ws.getCell('C16').value = { formula: 'A1&"x"', result: 'fertig' };
        ws.getCell('A17').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
        ws.getCell('B17').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
        ws.getCell('C17').value = true;
        ws.mergeCells('A2:C2');
        ws.getCell('A15').numFmt = 'dd.mm.yyyy';
      },
    });
    const { grids } = await readWorkbookBuffer(buf, 'test.xlsx');
    const g = grids[0];
    expect(g.merges).toEqual([{ r1: 1, c1: 0, r2: 1, c2: 2 }]);
    // only the master of a merge has a value
    expect(g.cells.filter((c) => c.row === 1)).toEqual([{ row: 1, col: 0, type: 'string', value: 'Zieltext' }]);
    const at = (a: string) => g.cells.find((c) => `${String.fromCharCode(65 + c.col)}${c.row + 1}` === a);
    expect(at('A15')).toEqual({ row: 14, col: 0, type: 'number', value: 43482, format: 'dd.mm.yyyy' });
    expect(at('A16')).toMatchObject({ type: 'string', value: 'Ca. 06/19' });
    expect(at('B16')).toMatchObject({ type: 'string', value: 'Link auf Protokoll' });
    expect(at('C16')).toMatchObject({ type: 'string', value: 'fertig' });
    expect(at('A17')).toMatchObject({ type: 'unreadable', value: '=NOW()' });
    expect(at('B17')).toMatchObject({ type: 'error', value: '#REF!' });
    expect(at('C17')).toMatchObject({ type: 'boolean', value: true });
    const m = extract(grids);
    expect(m.goals[0].milestones.map((x) => [x.date?.start ?? x.date?.raw ?? null, x.text, x.report])).toEqual([
      ['2019-01-17', 'Treffen', null],
      ['2019-06-01', 'Link auf Protokoll', 'fertig'],
      ['=NOW()', '#REF!', 'WAHR'],
    ]);
  });

  it('keeps sheet order, visibility and odd names', async () => {
    const buf = await xlsxBuffer({
      'Bob\'s "Ziele" (2019) & mehr': rows([['x']]),
      Versteckt: (ws) => {
        ws.state = 'hidden';
        rows([['y']])(ws);
      },
      'Sehr versteckt': (ws) => {
        ws.state = 'veryHidden';
      },
      'Ünïcödé 7.47': rows([['z']]),
    });
    const { grids } = await readWorkbookBuffer(buf);
    expect(grids.map((g) => [g.name, g.visibility, g.cells.length])).toEqual([
      ['Bob\'s "Ziele" (2019) & mehr', 'visible', 1],
      ['Versteckt', 'hidden', 1],
      ['Sehr versteckt', 'veryHidden', 0],
      ['Ünïcödé 7.47', 'visible', 1],
    ]);
  });

  it('reads a sheet whose only cell is XFD1048576 without a dense grid', async () => {
    const buf = await xlsxBuffer({ Weit: (ws) => (ws.getCell('XFD1048576').value = 'x') });
    const { grids } = await readWorkbookBuffer(buf);
    expect(grids[0].cells).toEqual([{ row: 1048575, col: 16383, type: 'string', value: 'x' }]);
  });

  it('turns broken input into user errors', async () => {
    const good = await xlsxBuffer({ A: rows([['x']]) });
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const encrypted = Buffer.concat([cfb, Buffer.from('EncryptionInfo', 'utf16le')]);
    const zipOfText = zipWith('hello.txt', 'hello');
    expect(await codeOf(readWorkbookBuffer(Buffer.alloc(0)))).toBe('file-empty');
    expect(await codeOf(readWorkbookBuffer(Buffer.from('Nr.;Ziel\n1.2;x\n')))).toBe('not-xlsx');
    expect(await codeOf(readWorkbookBuffer(good.subarray(0, Math.floor(good.length / 2))))).toBe('corrupt');
    expect(await codeOf(readWorkbookBuffer(encrypted))).toBe('encrypted');
    expect(await codeOf(readWorkbookBuffer(cfb))).toBe('legacy-xls');
    expect(await codeOf(readWorkbookBuffer(zipOfText))).toBe('not-xlsx');
  });

  it('keeps a listed sheet whose part is missing, empty and marked, in its place', async () => {
    const entries = readZip(await xlsxBuffer({ A: rows([['x']]), B: rows([['y']]), C: rows([['z']]) }))!;
    const { grids } = await readWorkbookBuffer(writeZip(entries.filter((e) => e.name !== 'xl/worksheets/sheet2.xml')));
    expect(grids.map((g) => [g.name, g.cells.length, g.missing ?? false])).toEqual([
      ['A', 1, false],
      ['B', 0, true],
      ['C', 1, false],
    ]);
  });

  it('refuses what is not a regular file instead of reading it forever', async () => {
    expect(await codeOf(readWorkbookFile('/dev/zero'))).toBe('not-a-file');
    expect(await codeOf(readWorkbookFile(__dirname))).toBe('is-directory');
    expect(await codeOf(readWorkbookFile(`${__filename}/nope.xlsx`))).toBe('file-not-found');
  });

  it("keeps the library's English reason out of the message, in the cause", async () => {
    const good = await xlsxBuffer({ A: rows([['x']]) });
    const e = await readWorkbookBuffer(good.subarray(0, 200)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).params).toEqual({ file: 'Arbeitsmappe' });
    expect((e as { cause?: unknown }).cause).toBeInstanceOf(Error);
  });
});

/** A minimal zip with one stored file (not a workbook). */
function zipWith(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const compressed = deflateRawSync(data);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const offsetCentral = local.length + nameBuf.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(offsetCentral, 16);
  return Buffer.concat([local, nameBuf, compressed, central, nameBuf, end]);
}
