import { join } from 'node:path';
import { formSheet, grid } from '../../../test/helpers/grid';
import { parseRange } from '../a1';
import { parseDate } from '../dates';
import { extract } from '../extract';
import { milestoneState } from '../extract/state';
import type { Model } from '../model';
import { goalStanding, isOverdue, milestoneStatus } from '../status';
import { validate } from '../validate';
import { readWorkbookFile } from '../../xlsx/read';
import { diffSnapshots, readSnapshot, takeSnapshot } from './changes';
import { existingSheets, looksLikeFormula, type PlannedSheet, type SheetPlan, structure, summarize, summaryOptions } from './index';
import { placeSheets } from './names';
import { partnerRows } from './partners';
import { blankSheet } from './plan';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'umsetzungsstand-2019.xlsx');
const TODAY = '2019-11-15';

let model: Model;
let plan: SheetPlan;
const sheet = (key: string) => plan.sheets.find((s) => s.key === key)!;
/** Row of a sheet whose first cells match. */
const rowOf = (s: PlannedSheet, col: number, text: string) => s.values.find((r) => cellText(r[col]) === text)!;
const cellText = (v: unknown) =>
  v && typeof v === 'object'
    ? 'text' in v
      ? (v as { text: string }).text
      : 'date' in v
        ? (v as { date: string }).date
        : ''
    : String(v ?? '');

beforeAll(async () => {
  const { grids } = await readWorkbookFile(SAMPLE);
  model = extract(grids);
  const findings = validate(model, { today: TODAY });
  plan = summarize({ model, findings, existing: existingSheets(grids), previous: readSnapshot(grids) }, summaryOptions({ today: TODAY }));
});

describe('status', () => {
  it('knows done, cancelled, overdue, due, open, undated and ongoing', () => {
    const m = (raw: string | null, report: string | null = null, newDate: string | null = null) => ({
      date: raw ? parseDate(raw) : null,
      ...milestoneState(null, report),
      newDate: newDate ? parseDate(newDate) : null,
    });
    expect(milestoneStatus(m('03/19'), TODAY)).toBe('overdue');
    expect(milestoneStatus(m('03/19', 'ok'), TODAY)).toBe('done');
    expect(milestoneStatus(m('03/19', 'noch offen'), TODAY)).toBe('overdue');
    expect(milestoneStatus(m('03/19', 'in Arbeit'), TODAY)).toBe('overdue');
    expect(milestoneStatus(m('03/19', 'entfällt'), TODAY)).toBe('cancelled');
    expect(milestoneStatus({ ...m('03/19', 'verschoben auf 03/20'), newDate: parseDate('03/20') }, TODAY)).toBe('open');
    expect(milestoneStatus({ ...m('03/19', 'verschoben auf 10/19'), newDate: parseDate('10/19') }, TODAY)).toBe('overdue');
    expect(milestoneStatus({ ...m('03/19', 'verschoben'), state: 'postponed' as const }, TODAY)).toBe('undated');
    expect(milestoneStatus(m('12/19'), TODAY)).toBe('due');
    expect(milestoneStatus(m('12/19'), TODAY, 1)).toBe('open');
    expect(milestoneStatus(m('06/20'), TODAY)).toBe('open');
    expect(milestoneStatus(m(null), TODAY)).toBe('undated');
    expect(milestoneStatus(m('nach Absprache'), TODAY)).toBe('undated');
    expect(milestoneStatus(m('ab 09/19'), TODAY)).toBe('ongoing');
    expect(milestoneStatus(m('Ab sofort'), TODAY)).toBe('ongoing');
  });
  it('calls a milestone overdue exactly when its status is overdue', () => {
    const raws = [
      null,
      '03/19',
      '12/19',
      'ab 09/19',
      'Ab sofort',
      'bis 8/19',
      '31.02.2019',
      'nach Absprache',
      '15.11.2019',
      '14.11.2019',
      '2019',
    ];
    for (const raw of raws)
      for (const report of [null, '', '  ', 'erledigt'])
        for (const today of [TODAY, '2019-01-01', '2020-06-30']) {
          const m = { date: raw ? parseDate(raw) : null, ...milestoneState(null, report || null) };
          expect([raw, report, today, isOverdue(m, today)]).toEqual([raw, report, today, milestoneStatus(m, today) === 'overdue']);
        }
  });
  it('lights a goal by its rule', () => {
    const goal = (dates: (string | null)[], checks: string[] = ['2019-11-01'], color: 'grün' | 'blau' = 'grün') => ({
      color,
      milestones: dates.map((d) => ({ date: d ? parseDate(d) : null, report: null, state: 'open', newDate: null }) as never),
      statusChecks: checks.map((c) => ({ date: parseDate(c) }) as never),
    });
    expect(goalStanding(goal(['12/19']), TODAY).light).toBe('green');
    expect(goalStanding(goal(['12/19', null]), TODAY).light).toBe('yellow');
    expect(goalStanding(goal(['03/19']), TODAY)).toMatchObject({ light: 'red', overdue: 1 });
    expect(goalStanding(goal(['12/19'], []), TODAY).reasons).toEqual([{ code: 'no-check' }]);
    expect(goalStanding(goal(['12/19'], ['2019-05-14']), TODAY).reasons).toEqual([{ code: 'stale-check', date: '2019-05-14' }]);
    expect(goalStanding(goal(['12/19'], [], 'blau'), TODAY).light).toBe('green');
  });
  it('counts by state: a report that says "noch offen" is open, cancelled milestones are not counted, postponed ones are due at their new date', () => {
    const m = extract([
      formSheet('7.47', {
        milestones: [
          ['03/19', 'Treffen', 'hat stattgefunden'],
          ['03/19', 'Akquise', 'noch offen'],
          ['03/19', 'Fest', 'entfällt'],
          ['03/19', 'Strategie', 'verschoben auf 01/20'],
          ['03/19', 'Flyer', 'verschoben auf 09/19'],
        ],
      }),
    ]);
    const s = goalStanding(m.goals[0], TODAY);
    expect(s).toMatchObject({ total: 4, done: 1, open: 3, overdue: 2 });
    expect(s.next?.text).toBe('Strategie');
  });
});

describe('the plan for the sample', () => {
  it('writes six summary sheets and the snapshot, never taking a user sheet name', () => {
    expect(plan.sheets.map((s) => [s.key, s.name, s.replaces, s.position, s.visibility])).toEqual([
      ['overview', 'Übersicht (Zielwerk)', null, 0, 'visible'],
      ['due', 'Fällig', null, 1, 'visible'],
      ['partners', 'Partner (Zielwerk)', null, 2, 'visible'],
      ['timeline', 'Zeitplan', null, 3, 'visible'],
      ['report', 'Prüfbericht', null, 4, 'visible'],
      ['changes', 'Änderungen', null, 5, 'visible'],
      ['snapshot', 'Zielwerk_Stand', null, 23, 'veryHidden'],
    ]);
    for (const s of plan.sheets.filter((x) => x.visibility === 'visible')) {
      expect(String(s.values[1][0])).toMatch(/^Erzeugt von Zielwerk am 15\.11\.2019/);
      const width = s.values[0].length;
      expect(s.values.every((r) => r.length === width)).toBe(true);
    }
  });

  it('Übersicht: one row per goal with counts, next due, last check, light and a link to the goal', () => {
    const s = sheet('overview');
    expect(s.values[3].slice(0, 6)).toEqual(['Leitziel', 'Nr.', 'Kurztitel', 'Farbe', 'Federführung', 'Beteiligte']);
    const ids = s.values.slice(4, 17).map((r) => cellText(r[1]));
    expect(ids).toEqual(model.goals.map((g) => g.id));
    const r747 = rowOf(s, 1, '7.47');
    expect(r747[1]).toEqual({ link: { sheet: '7.47', cell: 'A1' }, text: '7.47' });
    // "Arbeitsgruppenform" names no participant
    expect(r747.slice(2, 10)).toEqual(['Quartiersarbeit in 5 Quartieren', 'grün', 'Yannis Krone', 0, 4, 0, 4, 4]);
    expect(r747[12]).toEqual({ date: '2019-05-14' });
    expect(r747.slice(13, 16)).toEqual(['teilweise erreicht', 1, '4 überfällig; Nachfrage zuletzt 14.05.2019']);
    const r327 = rowOf(s, 1, '3.27');
    expect(r327.slice(14, 16)).toEqual([3, null]);
    expect(rowOf(s, 0, 'Summe').slice(5, 10)).toEqual([35, 42, 5, 37, 19]);
    expect(s.conditional).toContainEqual({ range: 'O5:O17', type: 'iconSet', icons: '3TrafficLights1', showValue: false });
    expect(s.values.some((r) => String(r[0]).startsWith('Ampel: rot = überfällige Meilensteine'))).toBe(true);
    expect(s.tables).toEqual([{ name: 'ZW_Uebersicht', range: 'A4:P17', style: 'TableStyleLight9' }]);
    expect(s.freeze).toEqual({ rows: 4, columns: 2 });
  });

  it('Fällig: overdue milestones grouped by goal with lead and contact, print-ready', () => {
    const s = sheet('due');
    const band = rowOf(s, 0, '7.47');
    expect(band[3]).toBe('Yannis Krone, Quartiersmanagement AWO Kreisverband Paderborn e.V., y.krone@awo-paderborn.de, 0 52 51 – 29066-19');
    const items = s.values.filter((r) => r[0] === '7.47');
    expect(items.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      [
        '17.01.2018',
        { date: '2018-01-17' },
        'Nächstes Treffen: Do, 17. Januar 2018 14.00 – 15.00 Uhr Mehrgenerationenhaus AWO Leo, Leostraße 45, 33098 Paderborn',
        'überfällig seit 667 Tagen',
      ],
      [
        'März 2019',
        { date: '2019-03-31' },
        'Feststellen, wo es welche Quartiersarbeit für welche Zielgruppe gibt',
        'überfällig seit 229 Tagen',
      ],
      ['Mai 2019', { date: '2019-05-31' }, 'Bis zu diesem Datum Kontaktaufnahme / Hospitation', 'überfällig seit 168 Tagen'],
      ['Sept. 2019', { date: '2019-09-30' }, 'Zugänge für weitere Zielgruppen erarbeiten', 'überfällig seit 46 Tagen'],
    ]);
    expect(s.values.some((r) => r[0] === '19 überfällig, 0 bald fällig')).toBe(true);
    expect(s.print).toEqual({
      landscape: true,
      // one page wide at a readable scale: every text at 8 pt or more
      scale: expect.any(Number),
      pagesAcross: 1,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
      repeatRows: '4:4',
      header: 'Fällige Meilensteine – Stand 15.11.2019',
      footer: 'Stand: 15.11.2019 · Seite &P von &N',
    });
  });

  it('Partner: a partner × goal matrix with F for leads and counts', () => {
    const s = sheet('partners');
    const ids = s.values[3].slice(5) as string[];
    const awo = rowOf(s, 0, 'ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.');
    expect(ids.filter((_, i) => awo[5 + i] !== null)).toEqual(['7.47', '7.49']);
    expect(awo[5 + ids.indexOf('7.47')]).toBe('F');
    expect(awo[4]).toBe(2);
    const perGoal = rowOf(s, 0, 'Partner je Ziel').slice(5);
    expect(perGoal[ids.indexOf('7.47')]).toBe(3);
  });

  it('Zeitplan: dated milestones month by month, chart data per Leitziel', () => {
    const s = sheet('timeline');
    expect(s.values[3].slice(4, 6)).toEqual(['Jan 18', 'Feb 18']);
    const row = s.values.find((r) => cellText(r[0]) === '7.47' && String(r[1]).startsWith('Nächstes Treffen'))!;
    expect(row[4]).toBe('!');
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({ type: 'columnStacked', title: 'Meilensteine je Leitziel nach Stand' });
    // the series colours are the legend's: the header names each series, the legend its colour word
    const src = parseRange(s.charts[0].source)!;
    const names = s.values[src.r1].slice(src.c1 + 1, src.c2 + 1);
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      if (max - min < 0.1) return 'grau';
      const h =
        max === r
          ? (((g - b) / (max - min)) * 60 + 360) % 360
          : max === g
            ? ((b - r) / (max - min)) * 60 + 120
            : ((r - g) / (max - min)) * 60 + 240;
      return h < 20 || h > 340 ? 'rot' : h < 65 ? 'gelb' : h < 160 ? 'grün' : h < 260 ? 'blau' : 'other';
    };
    const legend = String(s.values[2][0]);
    const named = names.map((n, i) => [n, hue(s.charts[0].colors![i])]);
    for (const [status, colour] of named) {
      // "grün = erledigt": the legend pairs this colour word with this status (entfällt and ohne Datum are greys)
      if (status === 'entfällt' || status === 'ohne Datum') expect(colour).toBe('grau');
      else expect(legend).toContain(`${colour} = ${status}`);
    }
  });

  it('Prüfbericht: every finding, linked to its cell', () => {
    const s = sheet('report');
    const rows = s.values.slice(4).filter((r) => r[6]);
    expect(rows).toHaveLength(82);
    // the Regel column names the rule as a coordinator reads it, not by its id
    const wd = rows.find((r) => r[6] === 'Wochentag passt nicht')!;
    expect(rows.some((r) => r[6] === 'weekday-mismatch' || /^[a-z]+(-[a-z]+)+$/.test(String(r[6])))).toBe(false);
    expect(rows.filter((r) => r[6] === 'Meilenstein überfällig').length).toBeGreaterThan(0);
    expect(wd.slice(0, 4)).toEqual(['Fehler', '7.47', '7.47', { link: { sheet: '7.47', cell: 'B18' }, text: 'B18' }]);
  });

  it('Änderungen: says it is the first summary, and the snapshot keeps the state', () => {
    expect(sheet('changes').values[3][0]).toMatch(/^Erste Zusammenfassung/);
    const snap = sheet('snapshot');
    const json = JSON.parse(
      snap.values
        .slice(1)
        .map((r) => r[0])
        .join(''),
    );
    expect(json.m).toHaveLength(42);
    expect(json.f.length).toBe(78);
  });
});

describe('changes between two runs', () => {
  const before = extract([
    formSheet('7.47', {
      milestones: [
        ['03/19', 'Feststellen', null],
        ['05/19', 'Kontaktaufnahme', null],
        ['09/19', 'Zugänge', null],
      ],
    }),
  ]);
  const after = extract([
    formSheet('7.47', {
      milestones: [
        ['03/19', 'Feststellen', 'erledigt'],
        ['06/19', 'Kontaktaufnahme', null],
        ['10/19', 'Neues Treffen', null],
      ],
    }),
  ]);
  it('finds new, completed, moved and removed milestones and findings', () => {
    const a = takeSnapshot(before, validate(before, { today: TODAY }), '2019-05-01');
    const b = takeSnapshot(after, validate(after, { today: TODAY }), TODAY);
    const changes = diffSnapshots(a, b, 'de');
    expect(changes.filter((c) => !c.kind.endsWith('Finding')).map((c) => [c.kind, c.what, c.before, c.after])).toEqual([
      ['completed', 'Feststellen', 'geplant', 'erledigt'],
      ['moved', 'Kontaktaufnahme', '05/19', '06/19'],
      ['new', 'Neues Treffen', '', '10/19'],
      ['removed', 'Zugänge', '09/19', ''],
    ]);
    expect(changes.filter((c) => c.kind === 'resolvedFinding').map((c) => c.what)).toContain(
      'Überfällig seit 31.03.2019, kein Umsetzungsbericht: „Feststellen“',
    );
  });
  it('reads its snapshot back from the sheet it wrote', () => {
    const p = summarize(
      { model: after, findings: [], existing: [], previous: null },
      summaryOptions({ today: TODAY, sheets: ['changes'] }),
    );
    const snap = p.sheets.find((s) => s.key === 'snapshot')!;
    const g = grid('Zielwerk_Stand', snap.values as string[][], { visibility: 'veryHidden' });
    const expected = takeSnapshot(after, [], TODAY);
    // the stored form keeps everything the comparison needs (not the end dates)
    expect(readSnapshot([g])).toEqual({ ...expected, milestones: expected.milestones.map((m) => ({ ...m, e: null })) });
  });
});

describe('sheet names and places', () => {
  const planned = (...keys: ('overview' | 'due' | 'snapshot')[]) => keys.map((k) => blankSheet(k, k));
  it('replaces a generated sheet in place, in either language, and keeps user sheets', () => {
    const p = planned('overview', 'due', 'snapshot');
    placeSheets(
      p,
      [
        { name: 'Deckblatt', generated: false },
        { name: 'Overview', generated: true },
        { name: 'Übersicht', generated: false },
        { name: 'Zielwerk_Stand', generated: true },
      ],
      'de',
    );
    // final order: Deckblatt, Übersicht (Zielwerk), Fällig, Übersicht, Zielwerk_Stand
    expect(p.map((x) => [x.name, x.replaces, x.position])).toEqual([
      ['Übersicht (Zielwerk)', 'Overview', 1],
      ['Fällig', null, 2],
      ['Zielwerk_Stand', 'Zielwerk_Stand', 4],
    ]);
  });
  it('puts new sheets at the front in plan order', () => {
    const p = planned('overview', 'due');
    placeSheets(p, [{ name: 'Hinweise', generated: false }], 'en');
    expect(p.map((x) => [x.name, x.position])).toEqual([
      ['Overview', 0],
      ['Due', 1],
    ]);
  });
});

describe('structure', () => {
  it('plans Ziele, Meilensteine and Partner as tables with dropdowns and source links', () => {
    const s = structure({ model, existing: [{ name: 'Partner', generated: false }] }, summaryOptions({ today: TODAY }));
    expect(s.sheets.map((x) => [x.name, x.tables[0].name])).toEqual([
      ['Ziele', 'Ziele'],
      ['Meilensteine', 'Meilensteine'],
      ['Partnerliste', 'Partner'],
    ]);
    const goals = s.sheets[0];
    expect(goals.validations.map((v) => v.list)).toEqual([
      ['grün', 'blau'],
      ['erreicht', 'teilweise erreicht', 'nicht erreicht', 'offen'],
    ]);
    expect(goals.values[4][15]).toEqual({ link: { sheet: '1.2', cell: 'A1' }, text: '1.2!A1' });
    const ms = s.sheets[1];
    expect(ms.validations[0].list).toEqual({ source: "='Ziele'!$A$5:$A$17" });
    expect(ms.values.length - 4).toBe(42);
    expect(ms.values[6].slice(0, 5)).toEqual(['1.2', '02/2019', { date: '2019-02-01' }, { date: '2019-02-28' }, 'Monat']);
  });
});

it('knows text that a spreadsheet could take for a formula', () => {
  for (const s of ['=1+1', '+49 5251', '-x', '@SUM(A1)', '\t=cmd', '\n=2', ' =3']) expect(looksLikeFormula(s)).toBe(true);
  for (const s of ['Ziel 7.47', '', '1=1', 'a-b']) expect(looksLikeFormula(s)).toBe(false);
});

describe('partner rows', () => {
  it('a person who leads several goals without an organisation is one row; another person is a row of their own', () => {
    const m = extract([
      formSheet('7.47', { lead: 'Ansprechperson: Frau Muster' }),
      formSheet('7.48', { lead: 'Ansprechperson: Frau Muster' }),
      formSheet('7.49', { lead: 'Ansprechperson: Herr Beispiel' }),
    ]);
    const rows = partnerRows(m);
    const muster = rows.filter((r) => r.name.includes('Muster'));
    expect(muster).toHaveLength(1);
    expect([...muster[0].marks]).toEqual([
      ['7.47', 'lead'],
      ['7.48', 'lead'],
    ]);
    expect(rows.filter((r) => r.name.includes('Beispiel')).map((r) => [...r.marks])).toEqual([[['7.49', 'lead']]]);
  });
});
