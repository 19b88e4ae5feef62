import { grid } from '../../../test/helpers/grid';
import { TAUGHT } from '../../../test/helpers/taught';
import type { LayoutMap } from '../layout/schema';
import { layoutSheet } from '../layout/store';
import { fingerprintOf } from '../layout/match';
import { LAYOUT_SHEET } from '../marker';
import { extract } from './index';

const mapOf = (...sheets: LayoutMap['sheets']): LayoutMap => ({ version: 1, sheets });

describe('reading with a layout map', () => {
  it.each(TAUGHT.map((c) => [c.kind, c] as const))('reads a %s sheet the built-in readers cannot, fully, once taught', (_k, c) => {
    const g = grid(c.sheet, c.rows);
    const before = extract([g], { layout: null });
    // without the map: not understood (partly or not at all)
    expect(before.sheets[0].coverage).toBeLessThan(1);
    const after = extract([g], { layout: mapOf(c.map) });
    expect(after.sheets[0]).toMatchObject({ coverage: 1, unreadCount: 0 });
    expect(after.goals.map((x) => x.id)).toEqual(c.goals);
    expect(after.goals.reduce((n, x) => n + x.milestones.length, 0)).toBe(c.milestones);
    if (c.checks) expect(after.goals.reduce((n, x) => n + x.statusChecks.length, 0)).toBe(c.checks);
    if (c.partners) expect(after.partners).toHaveLength(c.partners);
    expect(after.problems).toEqual([]);
  });

  it('reads the fields a map names on a goal sheet: id, text, lead, participants, interim goal', () => {
    const c = TAUGHT.find((x) => x.kind === 'goal-sheet')!;
    const [goal] = extract([grid(c.sheet, c.rows)], { layout: mapOf(c.map) }).goals;
    expect(goal.title).toBe('Mehr Eltern nehmen an den Elterncafés teil');
    expect(goal.leads.map((l) => [l.name, l.email])).toEqual([['Frau Hagen', 'hagen@example.org']]);
    expect(goal.participants).toEqual(['Schulamt', 'VHS', 'Elternnetzwerk']);
    expect(goal.interimGoal?.text).toBe('Drei Elterncafés laufen regelmäßig');
  });

  it('takes fields from the cells a map names, and the goal a sheet belongs to where it names none', () => {
    const g = grid('Mein Ziel', [
      ['Ganz eigenes Formular'],
      ['Frau Hagen', '', 'Schulamt, VHS'],
      [],
      ['Termin', 'Maßnahme'],
      ['03/19', 'Auftakt'],
    ]);
    const m = extract([g], {
      layout: mapOf({ sheet: 'Mein Ziel', kind: 'goal-sheet', goal: '7.47', fields: { title: 'A1', lead: 'A2', participants: 'C2' } }),
    });
    expect(m.goals.map((x) => [x.id, x.title, x.leads[0]?.name, x.participants, x.milestones.length])).toEqual([
      ['7.47', 'Ganz eigenes Formular', 'Frau Hagen', ['Schulamt', 'VHS'], 1],
    ]);
    expect(m.sheets[0].coverage).toBe(1);
  });

  it('finds a renamed sheet by its fingerprint and reads it as mapped', () => {
    const c = TAUGHT.find((x) => x.kind === 'milestone-list')!;
    const g = grid(c.sheet, c.rows);
    const entry = { ...c.map, fingerprint: fingerprintOf(g, 1) };
    const renamed = { ...g, name: 'Fahrplan 2020' };
    const m = extract([renamed], { layout: mapOf(entry) });
    expect(m.goals.map((x) => x.id)).toEqual(['1.2', '2.5']);
    expect(m.problems).toEqual([]);
  });

  it('follows a header row that moved (a finding says so), and falls back to the built-in reading when it is gone', () => {
    const c = TAUGHT.find((x) => x.kind === 'milestone-list')!;
    const entry = { ...c.map, fingerprint: fingerprintOf(grid(c.sheet, c.rows), 1) };
    const moved = grid(c.sheet, [['Planung 2020'], [], ...c.rows]);
    const m = extract([moved], { layout: mapOf(entry) });
    expect(m.goals.map((x) => x.id)).toEqual(['1.2', '2.5']);
    expect(m.problems.map((p) => [p.kind, p.cell, p.value])).toEqual([['layout-header-moved', 'A3', '1 → 3']]);
    const changed = grid(c.sheet, [
      ['Ganz', 'anders'],
      ['1.2', 'x'],
    ]);
    const m2 = extract([changed], { layout: mapOf(entry) });
    expect(m2.problems.map((p) => p.kind)).toEqual(['layout-header-missing', 'layout-nothing-read']);
  });

  it('says when a mapped sheet is gone, and never throws on a map that does not fit', () => {
    const m = extract([grid('Andere', [['x']])], {
      layout: mapOf({ sheet: 'Weg', kind: 'overview', header: { row: 9, columns: { A: 'goalId' } } }),
    });
    expect(m.problems.map((p) => [p.kind, p.sheet])).toEqual([['layout-sheet-missing', 'Weg']]);
  });

  it('uses the map the workbook keeps, unless a map is given for the run; a kept map that cannot be read is said', () => {
    const c = TAUGHT.find((x) => x.kind === 'overview')!;
    const planned = layoutSheet(mapOf(c.map), 'de');
    const kept = grid(
      LAYOUT_SHEET,
      planned.values.map((r) => r.map((v) => v as string)),
      { visibility: 'veryHidden' },
    );
    const m = extract([grid(c.sheet, c.rows), kept]);
    expect(m.goals.map((x) => x.id)).toEqual(['4.21', '4.22']);
    expect(m.skipped.map((s) => s.reason)).toEqual(['generated']);
    expect(extract([grid(c.sheet, c.rows), kept], { layout: null }).goals).toEqual([]);
    const broken = { ...kept, cells: [kept.cells[0], { row: 1, col: 0, type: 'string' as const, value: '{"version":1,' }] };
    expect(extract([grid(c.sheet, c.rows), broken]).problems.map((p) => p.kind)).toEqual(['layout-unreadable']);
  });
});
