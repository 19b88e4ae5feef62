import { grid } from '../../../test/helpers/grid';
import { isGeneratedGrid } from '../marker';
import { fingerprintOf, matchSheets, rowWithTexts } from './match';
import { type LayoutMap, parseLayoutMap } from './schema';
import { asLayoutMap, LAYOUT_SHEET, layoutSheet, mergeLayouts, storedLayout, withEntry, withFingerprints } from './store';

const MAP: LayoutMap = {
  version: 1,
  sheets: [
    {
      sheet: 'Planung',
      kind: 'milestone-list',
      header: { row: 3, columns: { A: 'goalId', B: 'text', D: 'date', F: 'state' } },
      fingerprint: ['Nummer', 'Was', 'Kosten', 'Bis', 'Wer', 'Wie weit'],
    },
    { sheet: 'Unser Ziel', kind: 'goal-sheet', goal: '7.47', fields: { lead: 'B4', participants: ['Mitstreiter'] } },
    { sheet: 'Notizen', kind: 'ignore' },
    { sheet: 'Master', kind: 'overview', header: { row: 1, columns: { A: 'goalId', B: 'text 1', C: 'date 1' } } },
  ],
};

describe('the layout map schema', () => {
  it('accepts a map and says in words what is wrong with a broken one', () => {
    expect(parseLayoutMap(MAP)).toEqual({ map: MAP });
    const broken = parseLayoutMap({
      version: 1,
      sheets: [{ sheet: 'X', kind: 'table', header: { row: 0, columns: { b: 'Datum' } }, goal: '7' }],
    });
    expect('problems' in broken && broken.problems.join('\n')).toMatch(/sheets\.0\.kind/);
    expect('problems' in broken && broken.problems.join('\n')).toMatch(/sheets\.0\.header\.row/);
    expect('problems' in broken && broken.problems.join('\n')).toMatch(/sheets\.0\.goal: eine Ziel-Nr\./);
    expect(parseLayoutMap({ version: 2, sheets: [] })).toHaveProperty('problems');
  });
});

describe('keeping the map in the workbook', () => {
  it('writes a very hidden sheet that extraction skips and that reads back the same map', () => {
    const sheet = layoutSheet(MAP, 'de');
    expect([sheet.key, sheet.name, sheet.visibility]).toEqual(['layout', LAYOUT_SHEET, 'veryHidden']);
    expect(String(sheet.values[0][0])).toMatch(/^Erzeugt von Zielwerk/);
    const g = grid(
      LAYOUT_SHEET,
      sheet.values.map((r) => r.map((v) => v as string)),
    );
    expect(isGeneratedGrid(g)).toBe(true);
    expect(storedLayout([g])).toEqual({ map: MAP });
    expect(storedLayout([grid('Tabelle1', [['x']])])).toBeNull();
    expect(storedLayout([grid(LAYOUT_SHEET, [['Erzeugt von Zielwerk'], ['{kaputt']])])).toEqual({ unreadable: true });
  });
  it('keeps the entries of a stored map that are whole, without zod', () => {
    expect(asLayoutMap(MAP)).toEqual(MAP);
    expect(asLayoutMap({ version: 1, sheets: [{ sheet: 'A', kind: 'nonsense' }, MAP.sheets[2]] })).toEqual({
      version: 1,
      sheets: [MAP.sheets[2]],
    });
    expect(asLayoutMap({ version: 7, sheets: [] })).toBeNull();
    expect(asLayoutMap('Lesart')).toBeNull();
    // whatever the full schema accepts, the stored-map check keeps
    for (const s of MAP.sheets) expect(asLayoutMap({ version: 1, sheets: [s] })!.sheets).toHaveLength(1);
  });
});

describe('finding the sheets of a map', () => {
  const planning = (name: string, at = 'A3') =>
    grid(
      name,
      [
        ['Nummer', 'Was', 'Kosten', 'Bis', 'Wer', 'Wie weit'],
        ['7.47', 'Treffen', '100 €', '03/19', 'AWO', 'erledigt'],
      ],
      { at },
    );
  it('takes a sheet by its name, and a renamed one by its fingerprint', () => {
    const m = matchSheets(MAP, [planning('Planung 2020'), grid('Notizen', [['x']])]);
    expect([...m.bySheet.keys()]).toEqual(['Notizen', 'Planung 2020']);
    expect(m.renamed.map((r) => [r.entry.sheet, r.now])).toEqual([['Planung', 'Planung 2020']]);
    expect(m.missing.map((e) => e.sheet)).toEqual(['Unser Ziel', 'Master']);
  });
  it('finds a moved header row by its texts', () => {
    expect(rowWithTexts(planning('Planung', 'A5'), MAP.sheets[0].fingerprint!)).toBe(5);
    expect(rowWithTexts(planning('Planung'), ['Nummer', 'Was'])).toBeNull();
  });
  it('fingerprints a header row, or the first texts of a sheet', () => {
    expect(fingerprintOf(planning('Planung'), 3)).toEqual(MAP.sheets[0].fingerprint);
    expect(fingerprintOf(planning('Planung'))).toEqual([
      ...MAP.sheets[0].fingerprint!,
      '7.47',
      'Treffen',
      '100 €',
      '03/19',
      'AWO',
      'erledigt',
    ]);
  });
});

describe('preparing a map to store', () => {
  const planning = grid('Planung 2020', [['Nummer', 'Was', 'Kosten', 'Bis', 'Wer', 'Wie weit']], { at: 'A3' });
  const notes = grid('Notizen', [['x', 'y']]);
  it('files each entry under its sheet’s current name with a fresh fingerprint, and names the sheets it cannot find', () => {
    const { map, missing } = withFingerprints(MAP, [planning, notes]);
    expect(map.sheets.map((e) => [e.sheet, e.fingerprint])).toEqual([
      ['Notizen', ['x', 'y']],
      ['Planung 2020', ['Nummer', 'Was', 'Kosten', 'Bis', 'Wer', 'Wie weit']],
    ]);
    expect(missing).toEqual(['Unser Ziel', 'Master']);
  });
  it('puts one sheet’s entry into a map, replacing the old one, and lays a map over another', () => {
    const entry = { sheet: 'Notizen', kind: 'overview' as const };
    const one = withEntry(MAP, entry);
    expect(one.sheets.map((e) => [e.sheet, e.kind])).toEqual([
      ['Planung', 'milestone-list'],
      ['Unser Ziel', 'goal-sheet'],
      ['Master', 'overview'],
      ['Notizen', 'overview'],
    ]);
    expect(withEntry(null, entry)).toEqual({ version: 1, sheets: [entry] });
    expect(mergeLayouts(MAP, { version: 1, sheets: [entry, { sheet: 'Neu', kind: 'ignore' }] }).sheets.map((e) => e.sheet)).toEqual([
      'Planung',
      'Unser Ziel',
      'Master',
      'Notizen',
      'Neu',
    ]);
  });
});
