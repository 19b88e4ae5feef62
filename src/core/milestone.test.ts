import { MilestoneSchema } from './model';
import { parseDate } from './dates';
import { milestoneCell, milestoneSheet, RowMilestone, type TableColumns } from './milestone';

const columns: TableColumns = { sheet: 'Ziel 7.47', first: 0, date: 0, text: 1, report: 2, responsible: null, goal: null, state: null };
const OPEN = { state: 'open' as const, newDate: null, from: null };
const DONE = { state: 'done' as const, newDate: null, from: 'report' as const };

describe('RowMilestone', () => {
  const m = new RowMilestone(columns, 14, ['7.47'], parseDate('03/19'), 'Flyer drucken', null, null, OPEN);

  it('names its cells from its row and its table', () => {
    expect(m.source).toEqual({ sheet: 'Ziel 7.47', cell: 'A15' });
    expect(m.cells).toEqual({ date: 'A15', text: 'B15', report: 'C15', responsible: null, goal: null, state: null });
    // made once: the same objects on every read
    expect(m.source).toBe(m.source);
    expect(m.cells).toBe(m.cells);
  });

  it('serialises and validates as a plain milestone', () => {
    const plain = {
      goalIds: ['7.47'],
      date: parseDate('03/19'),
      text: 'Flyer drucken',
      report: null,
      responsible: null,
      state: 'open',
      stateCell: null,
      newDate: null,
      source: { sheet: 'Ziel 7.47', cell: 'A15' },
      cells: { date: 'A15', text: 'B15', report: 'C15', responsible: null, goal: null, state: null },
    };
    expect(JSON.parse(JSON.stringify(m))).toEqual(JSON.parse(JSON.stringify(plain)));
    expect(MilestoneSchema.parse(m)).toEqual(plain);
    expect(m).toMatchObject(plain);
  });

  it('keeps its goal ids assignable (a form block learns its goals after its table)', () => {
    const n = new RowMilestone({ ...columns, goal: 4, first: 3 }, 0, [], null, '', 'erledigt', 'Frau Dreyer', DONE);
    n.goalIds = ['1.2', '1.3'];
    expect(n.toJSON()).toMatchObject({
      goalIds: ['1.2', '1.3'],
      source: { cell: 'D1' },
      cells: { goal: 'E1', date: 'A1' },
      state: 'done',
      stateCell: 'C1',
    });
  });

  it('answers sheet and part addresses for row milestones and plain ones alike', () => {
    const row = new RowMilestone({ ...columns, report: null, responsible: 5 }, 9, [], null, 'x', null, 'Frau Dreyer', OPEN);
    const plain = row.toJSON();
    for (const m of [row, plain]) {
      expect(milestoneSheet(m)).toBe('Ziel 7.47');
      expect(milestoneCell(m, 'first')).toBe('A10');
      expect(milestoneCell(m, 'date')).toBe('A10');
      expect(milestoneCell(m, 'text')).toBe('B10');
      expect(milestoneCell(m, 'report')).toBeNull();
      expect(milestoneCell(m, 'responsible')).toBe('F10');
      expect(milestoneCell(m, 'goal')).toBeNull();
    }
  });
});
