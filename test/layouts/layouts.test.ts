/**
 * The layouts real coordinators make (issue 13): every case reads completely, from its grids
 * and from its .xlsx file, and every sheet that holds goal data is read as such.
 *
 * These tests are the specification for the reader; the cases state what a coordinator
 * opening their own workbook would expect to see, not what any reader happens to produce.
 * `npx tsx scripts/make-layouts.ts --score` shows how far a reader gets.
 */
import { join } from 'node:path';
import { extract } from '../../src/core/extract';
import type { Grid, GridCell } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/xlsx/read';
import { CASES } from './cases';
import { type LayoutCase, score } from './expect';

const XLSX = join(__dirname, 'xlsx');

/** The misses in the failure message, with the score: "12/80 fields right". */
function expectComplete(model: ReturnType<typeof extract>, c: LayoutCase): void {
  const s = score(model, c);
  expect({ right: `${s.right}/${s.fields} fields right`, misses: s.misses }).toEqual({
    right: `${s.fields}/${s.fields} fields right`,
    misses: [],
  });
}

function expectGoalSheetsRead(model: ReturnType<typeof extract>, c: LayoutCase): void {
  const kinds = c.grids.map((g) => [g.name, model.sheets.find((s) => s.sheet === g.name)?.kind ?? 'missing']);
  expect(kinds.filter(([, kind]) => kind === 'skipped' || kind === 'missing')).toEqual([]);
}

function cellKey(c: GridCell): string {
  const v = typeof c.value === 'number' ? Math.round(c.value * 1e6) / 1e6 : c.value;
  return JSON.stringify([c.row, c.col, c.type, v, c.format ?? null]);
}

it('has a case for every layout family', () => {
  expect(CASES.map((c) => c.name).sort()).toEqual(
    [
      'label-words',
      'labels-left',
      'master',
      'participants',
      'questions',
      'questions-table',
      'rounds',
      'rounds-rows',
      'stacked',
      'state',
      'word-paste',
    ].sort(),
  );
});

// each case's `description` (in its file) says which real layout it imitates
describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const model = extract(c.grids);

  it('reads every field', () => expectComplete(model, c));

  it('reads every sheet that holds goal data as such', () => expectGoalSheetsRead(model, c));

  describe('from its .xlsx file', () => {
    let grids: Grid[];
    beforeAll(async () => {
      grids = (await readWorkbookFile(join(XLSX, `${c.name}.xlsx`))).grids;
    });

    it('holds the case (run scripts/make-layouts.ts after changing a case)', () => {
      expect(grids.map((g) => g.name)).toEqual(c.grids.map((g) => g.name));
      grids.forEach((g, i) => {
        const want = c.grids[i];
        expect([g.name, g.cells.map(cellKey)]).toEqual([want.name, want.cells.map(cellKey)]);
        const merges = (m: Grid['merges']) => m.map((a) => [a.r1, a.c1, a.r2, a.c2].join()).sort();
        expect([g.name, merges(g.merges)]).toEqual([want.name, merges(want.merges)]);
        // hosts that read Excel Tables must read the case's tables (absent: not read)
        if (g.tables) expect([g.name, g.tables]).toEqual([want.name, want.tables ?? []]);
      });
    });

    it('reads every field and every goal sheet', () => {
      const model = extract(grids);
      expectComplete(model, c);
      expectGoalSheetsRead(model, c);
    });
  });
});
