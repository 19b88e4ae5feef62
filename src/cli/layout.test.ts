/**
 * `zielwerk layout` and `--layout` end to end on real .xlsx files: each sheet kind in a layout
 * the built-in readers cannot read becomes fully read once a map is stored; the stored map
 * survives a save through ExcelJS and through Zielwerk's own package writer; a map from one
 * workbook reads a second one made from the same template; a map that no longer fits is said.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TAUGHT } from '../../test/helpers/taught';
import type { TestValue } from '../../test/helpers/grid';
import { extract } from '../core/extract';
import { LAYOUT_SHEET } from '../core/marker';
import { readWorkbookFile } from '../xlsx/read';
import { main } from './main';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), columns: 140 });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'zielwerk-layout-'));
const MAP = { version: 1 as const, sheets: TAUGHT.map((c) => c.map) };
const mapFile = join(tmp, 'lesart.json');
writeFileSync(mapFile, JSON.stringify(MAP, null, 2));

function cellValue(v: TestValue): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object' && 'date' in v) return new Date(`${v.date}T00:00:00Z`);
  return v as ExcelJS.CellValue;
}

/** A workbook with every taught sheet; `shift` changes the data, as a second group's copy of the template would. */
async function book(file: string, shift = ''): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Deckblatt').getCell('A1').value = 'Zielsystem – Arbeitsstand';
  for (const c of TAUGHT) {
    const ws = wb.addWorksheet(c.sheet);
    c.rows.forEach((row, r) =>
      row.forEach((v, col) => {
        // another group's copy: the same labels and headers, other texts in the sentences
        const sentence = typeof v === 'string' && r > 0 && col > 0 && /^\p{Lu}\p{Ll}+ \p{Ll}/u.test(v) && !v.includes('@');
        const value = cellValue(shift && sentence ? `${v}${shift}` : v);
        if (value !== null) ws.getCell(r + 1, col + 1).value = value;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
  return file;
}

const goalsOf = async (file: string) => extract((await readWorkbookFile(file)).grids).goals.map((g) => g.id);
/** The goals the taught sheets define (a list's references name goals other sheets define). */
let ALL_GOALS: string[] = [];

// real workbooks written and read, a summary and two consolidations: seconds on a busy machine
jest.setTimeout(60_000);

describe('zielwerk layout', () => {
  let plain: string;
  let taught: string;
  beforeAll(async () => {
    plain = await book(join(tmp, 'mappe.xlsx'));
    taught = join(tmp, 'gelernt.xlsx');
    ALL_GOALS = extract((await readWorkbookFile(plain)).grids, { layout: MAP }).goals.map((g) => g.id);
    expect(ALL_GOALS).toEqual(expect.arrayContaining(['3.11', '3.12', '4.21', '4.22', '7.47']));
  });

  it('shows how each sheet is read, and which sheets nothing read', async () => {
    const r = await run('layout', plain);
    expect(r.code).toBe(0);
    expect(r.out).toContain('keine Lesart gespeichert');
    expect(r.out).toContain('Fahrplan – nichts erkannt (0 % gelesen)');
    expect(r.out).toContain('Steckbrief A – Zielblatt · erkannt ·');
    const json = JSON.parse((await run('layout', plain, '--json')).out);
    expect(json.version).toBe(1);
    expect(json.sheets.find((s: { sheet: string }) => s.sheet === 'Steckbrief A')).toMatchObject({ kind: 'goal-sheet', read: 'detected' });
  });

  it('stores a map into a copy; every sheet kind is then read in full, and the workbook cells are unchanged', async () => {
    const before = await goalsOf(plain);
    expect(before).not.toEqual(ALL_GOALS);
    const r = await run('layout', plain, '--set', mapFile, '-o', taught);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain(`Lesart gespeichert in ${taught} (7 Blätter)`);
    expect(r.out).toContain('Fahrplan – Meilensteinliste · laut Lesart · 100 % gelesen');
    expect(r.out).toContain('Kopfzeile 1: A Ziel-Nr. · B Termin · C Maßnahme · D Bericht');
    const { grids } = await readWorkbookFile(taught);
    const model = extract(grids);
    expect(model.goals.map((g) => g.id)).toEqual(ALL_GOALS);
    for (const c of TAUGHT) expect([c.sheet, model.sheets.find((s) => s.sheet === c.sheet)?.coverage]).toEqual([c.sheet, 1]);
    expect(model.partners).toHaveLength(2);
    expect(grids.find((g) => g.name === LAYOUT_SHEET)?.visibility).toBe('veryHidden');
    // the user's sheets are as they were
    const original = (await readWorkbookFile(plain)).grids;
    for (const g of original) expect(grids.find((x) => x.name === g.name)?.cells).toEqual(g.cells);
    const shown = await run('layout', taught);
    expect(shown.out).toContain('Lesart in der Mappe gespeichert');
    expect(shown.out).toContain('Notizzettel – nicht zu lesen (laut Lesart)');
  });

  it('keeps the map through a save by ExcelJS and through the package writer', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(taught);
    expect(wb.getWorksheet(LAYOUT_SHEET)?.state).toBe('veryHidden');
    const resaved = join(tmp, 'exceljs.xlsx');
    await wb.xlsx.writeFile(resaved);
    expect(await goalsOf(resaved)).toEqual(ALL_GOALS);
    const summarized = join(tmp, 'zusammenfassung.xlsx');
    expect((await run('summarize', taught, '-o', summarized, '--today', '2019-11-15')).code).toBe(0);
    expect(await goalsOf(summarized)).toEqual(ALL_GOALS);
    const inPlace = join(tmp, 'inplace.xlsx');
    writeFileSync(inPlace, readFileSync(plain));
    const r = await run('layout', inPlace, '--set', mapFile, '--in-place');
    expect(r.out).toMatch(/Sicherung|backup/i);
    expect(await goalsOf(inPlace)).toEqual(ALL_GOALS);
  });

  it('reads a second workbook of the same template with --layout, on every command, without storing the map', async () => {
    const second = await book(join(tmp, 'gruppe2.xlsx'), ' (Gruppe 2)');
    const r = await run('extract', second, '--json', '--layout', mapFile);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.goals.map((g: { id: string }) => g.id)).toEqual(ALL_GOALS);
    const v = await run('validate', second, '--json', '--today', '2019-11-15', '--layout', mapFile);
    expect(JSON.parse(v.out).findings.filter((f: { rule: string }) => f.rule === 'sheet-partly-read')).toEqual([]);
    expect(await goalsOf(second)).not.toEqual(ALL_GOALS);
  });

  it("consolidates the working groups' copies of a taught template with --layout", async () => {
    const dir = join(tmp, 'gruppen');
    mkdirSync(dir);
    await book(join(dir, 'gruppe-a.xlsx'));
    await book(join(dir, 'gruppe-b.xlsx'), ' (Gruppe B)');
    const ids = async (...extra: string[]) => {
      const r = await run('consolidate', dir, '--json', '--today', '2019-11-15', ...extra);
      return (JSON.parse(r.out).goals as { id: string }[]).map((g) => g.id);
    };
    expect(await ids()).not.toContain('4.21');
    expect(await ids('--layout', mapFile)).toEqual(expect.arrayContaining(ALL_GOALS));
    // worker threads start for each run: slow on a busy machine, not a measure of anything
  }, 120_000);

  it("is removed with the rest of Zielwerk's data by zielwerk clean; the user's sheets stay", async () => {
    const cleaned = join(tmp, 'bereinigt.xlsx');
    const r = await run('clean', taught, '-o', cleaned);
    expect([r.code, r.err]).toEqual([0, '']);
    const { grids } = await readWorkbookFile(cleaned);
    expect(grids.map((g) => g.name)).not.toContain(LAYOUT_SHEET);
    expect(grids.map((g) => g.name)).toEqual((await readWorkbookFile(plain)).grids.map((g) => g.name));
  });

  it('takes back the JSON it prints as a map', async () => {
    const printed = join(tmp, 'gedruckt.json');
    writeFileSync(printed, (await run('layout', taught, '--json')).out);
    const copy = join(tmp, 'kopie.xlsx');
    expect((await run('layout', plain, '--set', printed, '-o', copy)).code).toBe(0);
    expect(await goalsOf(copy)).toEqual(ALL_GOALS);
  });

  it('says when the stored map no longer fits: a sheet renamed is found again, rows inserted above a header are followed, a deleted sheet is named', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(taught);
    wb.getWorksheet('Fahrplan')!.name = 'Fahrplan 2020';
    wb.getWorksheet('Telefonate')!.spliceRows(1, 0, ['Telefonliste Mai 2020'], []);
    wb.removeWorksheet(wb.getWorksheet('Gesamtschau')!.id);
    const changed = join(tmp, 'geaendert.xlsx');
    await wb.xlsx.writeFile(changed);
    const v = JSON.parse((await run('validate', changed, '--json', '--today', '2019-11-15')).out);
    const stale = v.findings.filter((f: { rule: string }) => f.rule === 'layout-map-stale');
    expect(stale.map((f: { sheet: string; cell: string; message: string }) => [f.sheet, f.cell, f.message])).toEqual([
      [
        'Telefonate',
        'A3',
        'Lesart für Blatt „Telefonate“: die Kopfzeile ist verrutscht (Zeile 1 → 3) – dort gelesen; bitte Lesart neu speichern',
      ],
      ['Gesamtschau', 'A1', 'Die Lesart nennt das Blatt „Gesamtschau“, das es nicht mehr gibt – Eintrag nicht verwendet'],
    ]);
    const model = extract((await readWorkbookFile(changed)).grids);
    for (const sheet of ['Fahrplan 2020', 'Telefonate'])
      expect([sheet, model.sheets.find((s) => s.sheet === sheet)?.coverage]).toEqual([sheet, 1]);
  });

  it('refuses a map file that cannot be used, in one line, exit 2, and writes nothing', async () => {
    const bad = join(tmp, 'kaputt.json');
    writeFileSync(bad, '{ "version": 1, "sheets": [ { "sheet": "Fahrplan", "kind": "liste" } ] }');
    const r = await run('layout', plain, '--set', bad, '-o', join(tmp, 'nie.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /Lesart-Datei „.*kaputt\.json“ passt nicht zum Aufbau einer Lesart \(siehe README\): sheets\.0\.kind: eine Blattart: goal-sheet, goal-blocks/,
    );
    writeFileSync(bad, '{ nicht json');
    expect((await run('extract', plain, '--layout', bad)).err).toContain('ist kein gültiges JSON');
    const unknown = join(tmp, 'unbekannt.json');
    writeFileSync(unknown, JSON.stringify({ version: 1, sheets: [{ sheet: 'Gibtsnicht', kind: 'ignore' }] }));
    const u = await run('layout', plain, '--set', unknown, '-o', join(tmp, 'nie.xlsx'));
    expect([u.code, u.err.trim()]).toEqual([
      2,
      expect.stringContaining('Die Lesart nennt Blätter, die es in der Mappe nicht gibt: Gibtsnicht – nichts gespeichert'),
    ]);
  });
});
