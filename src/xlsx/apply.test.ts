import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { goalSheetRows, rows, xlsxBuffer } from '../../test/helpers/xlsx';
import { extract } from '../core/extract';
import { existingSheets, readSnapshot, structure, summarize, summaryOptions } from '../core/summarize';
import { validate } from '../core/validate';
import { applyPlan } from './apply';
import { readWorkbookBuffer } from './read';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'umsetzungsstand-2019.xlsx'));

/** One summary run as the CLI does it, in memory. */
async function summarizeBuffer(buf: Buffer, today = '2019-11-15', lang: 'de' | 'en' = 'de'): Promise<Buffer> {
  const { grids, workbook } = await readWorkbookBuffer(buf);
  const model = extract(grids);
  const plan = summarize(
    { model, findings: validate(model, { today, lang }), existing: existingSheets(grids), previous: readSnapshot(grids) },
    summaryOptions({ today, lang }),
  );
  const report = applyPlan(workbook, plan);
  expect(report.skipped.map((s) => s.feature)).toEqual(['chart']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** Everything ExcelJS knows about each cell of a sheet: value, formula, type, number format, style; merges. */
function fingerprint(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) =>
      cells.push([c.address, c.type, JSON.stringify(c.value), c.formula ?? null, c.numFmt ?? null, JSON.stringify(c.style ?? {})]),
    ),
  );
  return {
    cells,
    merges: [...((ws as unknown as { model: { merges: string[] } }).model.merges ?? [])].sort(),
    state: ws.state,
    columns: (ws.columns ?? []).map((c) => c.width ?? null),
  };
}

describe('applying a summary plan with ExcelJS', () => {
  it('leaves every source sheet exactly as it was', async () => {
    const before = await load(SAMPLE);
    const after = await load(await summarizeBuffer(SAMPLE));
    const names = before.worksheets.map((w) => w.name);
    for (const name of names)
      expect([name, fingerprint(after.getWorksheet(name)!)]).toEqual([name, fingerprint(before.getWorksheet(name)!)]);
    // the user's sheets keep their relative order, after the generated ones
    expect(after.worksheets.map((w) => w.name).filter((n) => names.includes(n))).toEqual(names);
    expect(after.worksheets.map((w) => w.name).slice(0, 6)).toEqual([
      'Übersicht (Zielwerk)',
      'Fällig',
      'Partner (Zielwerk)',
      'Zeitplan',
      'Prüfbericht',
      'Änderungen',
    ]);
    expect(after.getWorksheet('Zielwerk_Stand')!.state).toBe('veryHidden');
  });

  it('replaces its sheets on the next run instead of adding new ones, in the same place', async () => {
    const once = await summarizeBuffer(SAMPLE);
    const wb1 = await load(once);
    // the user moves a generated sheet to the end; the next run keeps it there
    (wb1.getWorksheet('Fällig') as unknown as { orderNo: number }).orderNo = 99;
    const moved = Buffer.from(await wb1.xlsx.writeBuffer());
    const twice = await load(await summarizeBuffer(moved, '2019-11-20'));
    const names = twice.worksheets.map((w) => w.name);
    expect(names.filter((n) => n === 'Fällig')).toHaveLength(1);
    expect(names.length).toBe((await load(SAMPLE)).worksheets.length + 7);
    expect(names[names.length - 1] === 'Fällig' || names[names.length - 2] === 'Fällig').toBe(true);
    expect(String(twice.getWorksheet('Fällig')!.getCell('A1').value)).toBe('Fällige Meilensteine – Stand 20.11.2019');
  });

  it('writes the real formats: tables, dropdowns, conditional formats, frozen panes, print setup, links, dates', async () => {
    const wb = await load(await summarizeBuffer(SAMPLE));
    const ov = wb.getWorksheet('Übersicht (Zielwerk)')!;
    expect(Object.keys((ov as unknown as { tables: object }).tables)).toEqual(['ZW_Uebersicht']);
    expect(ov.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 });
    expect(ov.getCell('B13').value).toEqual({ text: '7.47', hyperlink: "'7.47'!A1" });
    expect(ov.getCell('M13').value).toEqual(new Date(Date.UTC(2019, 4, 14)));
    expect(ov.getCell('M13').numFmt).toBe('DD.MM.YYYY');
    const cf = (ov as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0].type])).toContainEqual(['O5:O17', 'iconSet']);
    const due = wb.getWorksheet('Fällig')!;
    expect(due.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(due.headerFooter.oddFooter).toBe('&LStand: 15.11.2019 · Seite &P von &N');
  });

  it('writes text that looks like a formula as text', async () => {
    const nasty = ['=HYPERLINK("http://evil.example","klick")', '+49 5251 308', '-1+2', '@SUMME(A1)', '\t=1+1', '\n=2*3'];
    const buf = await xlsxBuffer({
      '7.47': rows(
        goalSheetRows(
          '7.47',
          nasty.map((t, i) => [`0${i + 1}/19`, t, t]),
        ),
      ),
    });
    const out = await load(await summarizeBufferNoChart(buf));
    const texts: string[] = [];
    for (const ws of out.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.type === ExcelJS.ValueType.Formula).toBe(false);
          if (typeof c.value === 'string' && nasty.includes(c.value)) texts.push(c.value);
        }),
      );
    }
    // they appear (as text) in the Fällig, Zeitplan and Prüfbericht sheets and in the snapshot JSON
    for (const n of nasty) expect(texts).toContain(n);
    const raw = await xmlOf(await summarizeBufferNoChart(buf));
    expect(raw).not.toMatch(/<f>/);
  });

  it('lists what changed on the second run (Änderungen)', async () => {
    const first = await summarizeBufferNoChart(
      await xlsxBuffer({
        '7.47': rows(
          goalSheetRows('7.47', [
            ['03/19', 'Feststellen', null],
            ['05/19', 'Kontaktaufnahme', null],
            ['09/19', 'Zugänge', null],
          ]),
        ),
      }),
      '2019-05-01',
    );
    // a colleague edits the source sheet: a report, a new date, a new milestone, one removed
    const wb = await load(first);
    const ws = wb.getWorksheet('7.47')!;
    ws.getCell('C15').value = 'erledigt';
    ws.getCell('A16').value = '06/19';
    ws.getCell('B17').value = 'Neues Treffen';
    ws.getCell('A17').value = '10/19';
    const second = await load(await summarizeBufferNoChart(Buffer.from(await wb.xlsx.writeBuffer()), '2019-11-15'));
    const ch = second.getWorksheet('Änderungen')!;
    expect(String(ch.getCell('A3').value)).toMatch(
      /^Vergleich: 01\.05\.2019 → 15\.11\.2019 · 1 neu, 1 erledigt, 0 entfallen, 1 verschoben, 1 entfernt/,
    );
    const listed: unknown[][] = [];
    ch.eachRow(
      (row, n) =>
        n > 4 &&
        !String(row.getCell(1).value).includes('Befund') &&
        listed.push([row.getCell(1).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]),
    );
    expect(listed).toEqual([
      ['erledigt', 'Feststellen', 'geplant', 'erledigt'],
      ['verschoben', 'Kontaktaufnahme', '05/19', '06/19'],
      ['neuer Meilenstein', 'Neues Treffen', null, '10/19'],
      ['entfernt', 'Zugänge', '09/19', null],
    ]);
  });

  it('writes the structured tables with dropdowns and links', async () => {
    const { grids, workbook } = await readWorkbookBuffer(SAMPLE);
    const plan = structure({ model: extract(grids), existing: existingSheets(grids) }, summaryOptions({ today: '2019-11-15' }));
    applyPlan(workbook, plan);
    const wb = await load(Buffer.from(await workbook.xlsx.writeBuffer()));
    const ms = wb.getWorksheet('Meilensteine')!;
    expect(Object.keys((ms as unknown as { tables: object }).tables)).toEqual(['Meilensteine']);
    expect(ms.getCell('A5').dataValidation).toMatchObject({ type: 'list', formulae: ["'Ziele'!$A$5:$A$17"] });
    expect(ms.getCell('J5').value).toEqual({ text: '1.2!A15', hyperlink: "'1.2'!A15" });
    expect(wb.getWorksheet('Ziele')!.getCell('F5').dataValidation).toMatchObject({ type: 'list', formulae: ['"grün,blau"'] });
    // read back: Zielwerk does not read its own tables as input
    const again = extract((await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()))).grids);
    expect(again.goals).toHaveLength(13);
    expect(again.skipped.filter((s) => s.reason === 'generated').map((s) => s.sheet)).toEqual(['Ziele', 'Meilensteine', 'Partnerliste']);
  });
});

/** As summarizeBuffer, for workbooks whose plan may lack the chart (no dated milestones). */
async function summarizeBufferNoChart(buf: Buffer, today = '2019-11-15'): Promise<Buffer> {
  const { grids, workbook } = await readWorkbookBuffer(buf);
  const model = extract(grids);
  const plan = summarize(
    { model, findings: validate(model, { today }), existing: existingSheets(grids), previous: readSnapshot(grids) },
    summaryOptions({ today }),
  );
  applyPlan(workbook, plan);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function xmlOf(buf: Buffer): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(buf);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.startsWith('xl/worksheets/') && n.endsWith('.xml'))
      .map((n) => zip.file(n)!.async('string')),
  );
  return parts.join('\n');
}
