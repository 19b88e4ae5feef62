/** The layout scorer counts each stated field once and every extra reading as a miss. */
import { extract } from '../../src/core/extract';
import type { Model } from '../../src/core/model';
import { formSheet } from '../helpers/grid';
import { type LayoutCase, score } from './expect';

const SHEET = formSheet('7.49', {
  title: 'Patenschaftsmodelle weiterentwickeln.',
  lead: 'Ansprechperson: Johanna Leifeld (BIZ)',
  participants: 'Edgar Brands, Melanie Struck',
  interim: 'Telefonleitfragen',
  milestones: [
    ['10/18', 'Telefonleitfragen zur Gewinnung weiterer Akteure', 'liegen vor'],
    ['11/18', 'Einladen: Quartiersverantwortliche', null],
  ],
});

const CASE: LayoutCase = {
  name: 'scorer',
  description: 'ein Zielblatt nach Vorlage',
  grids: [SHEET],
  goals: [
    {
      id: '7.49',
      title: 'Patenschaftsmodelle weiterentwickeln.',
      leads: [{ name: 'Johanna Leifeld', organization: 'BIZ', email: null }],
      participants: ['Melanie Struck', 'Edgar Brands'],
      interimGoal: { text: 'Telefonleitfragen', due: '2019-09-30' },
      milestones: [
        { date: '10/18', end: '2018-10-31', text: 'Telefonleitfragen zur Gewinnung weiterer Akteure', report: 'liegen vor' },
        { date: '11/18', text: 'Einladen: Quartiersverantwortliche', report: null },
      ],
      statusChecks: [],
    },
  ],
};

const model = (): Model => extract(CASE.grids);

it('counts each stated field once', () => {
  // goal 1, title 1, lead 3 (name, organisation, e-mail), participants 1, interim 2,
  // milestones 4 + 3 (text, date, end, report), status checks 0
  expect(score(model(), CASE)).toEqual({ fields: 15, right: 15, misses: [] });
});

it('counts a wrong state as a miss', () => {
  const c: LayoutCase = { ...CASE, goals: [{ ...CASE.goals[0], milestones: [{ ...CASE.goals[0].milestones![0], state: 'open' }] }] };
  const s = score(model(), c);
  expect(s.fields - s.right).toBe(2);
  expect(s.misses).toEqual([
    '7.49 milestone "Telefonleitfragen zur Gewinnung weiterer Akteure" state: expected "open", read "done"',
    '7.49: read milestone "Einladen: Quartiersverantwortliche" at 7.49!A16, which the case does not have',
  ]);
});

it('counts wrong values, extra leads, status checks and goals as misses', () => {
  const m = model();
  m.goals[0].leads.push({ name: 'N.N.', organization: null, email: null, phone: null });
  m.goals[0].participants.push('Siehe Liste');
  m.goals[0].statusChecks.push({
    date: { raw: 'Mai 2020', start: '2020-05-01', end: '2020-05-31', precision: 'month', qualifier: null },
    person: null,
    text: null,
    rating: null,
    source: { sheet: 'Nachfragen', cell: 'C4' },
    personCell: null,
  });
  m.goals.push({ ...m.goals[0], id: '7', source: { sheet: '7.49', cell: 'A1' } });
  const s = score(m, { ...CASE, goals: [{ ...CASE.goals[0], title: 'Ein anderer Titel' }] });
  expect(s.misses).toEqual([
    '7.49 title: expected "Ein anderer Titel", read "Patenschaftsmodelle weiterentwickeln."',
    '7.49: read lead "N.N.", which the case does not name',
    '7.49 participants: missing [], not participants ["Siehe Liste"]',
    '7.49: read status check "Mai 2020" at Nachfragen!C4, which the case does not have',
    '7: read as a goal at 7.49!A1, but the case has no such goal',
  ]);
  expect([s.fields, s.right]).toEqual([18, 13]);
});

it('counts every field of a goal that was not read, reporting it once', () => {
  const s = score({ ...model(), goals: [] }, CASE);
  expect(s).toEqual({ fields: 15, right: 0, misses: ['7.49: goal not read (15 fields)'] });
});

it('matches a milestone pasted over rows by its first words, so its date still counts', () => {
  const c: LayoutCase = {
    ...CASE,
    goals: [
      {
        id: '7.49',
        milestones: [
          { date: '10/18', text: 'Telefonleitfragen zur Gewinnung weiterer Akteure\nim Kreis', report: 'liegen vor' },
          { date: '11/18', text: 'Einladen: Quartiersverantwortliche' },
        ],
      },
    ],
  };
  const s = score(model(), c);
  expect([s.fields, s.right]).toEqual([6, 5]);
  expect(s.misses[0]).toMatch(/^7\.49 milestone .* text: expected /);
});
