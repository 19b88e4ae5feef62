import { formSheet, grid } from '../../../../test/helpers/grid';
import { cells, check } from '../../../../test/helpers/validate';

const sheet = (...milestones: unknown[][]) => formSheet('7.47', { milestones: milestones as never });
/** A status-check log: [goal, date] rows. */
const log = (...rows: string[][]) => grid('Nachfragen', [['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner'], ...rows]);

describe('milestone-date-missing', () => {
  it('points at the empty date cell', () => {
    expect(cells(check('milestone-date-missing', [sheet([null, 'Flyer', null])]))).toEqual([['7.47', 'A15', null]]);
  });
  it('is quiet when the date is in the text', () => {
    expect(check('milestone-date-missing', [sheet([null, 'Nächste Sitzung: Di, 20.11.2018', null])])).toEqual([]);
  });
});

describe('date-unparseable', () => {
  it('shows the raw text', () => {
    const f = check('date-unparseable', [sheet(['nach Absprache', 'Treffen', null], ['14.11.', 'Sitzung', null])]);
    expect(f.map((x) => [x.cell, x.value, x.message])).toEqual([
      ['A15', 'nach Absprache', 'Datum „nach Absprache“ nicht lesbar'],
      ['A16', '14.11.', 'Datum „14.11.“ ohne Jahr'],
    ]);
  });
  it('is quiet for readable dates', () => expect(check('date-unparseable', [sheet(['Ca. 06/19', 'x', null])])).toEqual([]));
});

describe('date-impossible', () => {
  it('names impossible days, months and weeks', () => {
    const f = check('date-impossible', [sheet(['31.02.2019', 'a', null], ['13/19', 'b', null], ['KW 53/2019', 'c', null])]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ['A15', 'Den Tag „31.02.2019“ gibt es nicht'],
      ['A16', 'Ungültiger Monat in „13/19“'],
      ['A17', 'Diese Kalenderwoche gibt es nicht: „KW 53/2019“'],
    ]);
  });
  it('is quiet for real dates', () => expect(check('date-impossible', [sheet(['29.02.2020', 'a', null])])).toEqual([]));
});

describe('weekday-mismatch', () => {
  it('checks the weekday in the date cell and in the text', () => {
    const f = check('weekday-mismatch', [
      sheet(
        ['Do, 17.01.2018', 'Treffen', null],
        [null, 'Nächstes Treffen: Do, 17. Januar 2018 14.00 Uhr', null],
        ['03/19', 'Termin: Di, 20.11.2018', null],
      ),
    ]);
    expect(f.map((x) => [x.cell, x.value])).toEqual([
      ['A15', 'Do, 17.01.2018'],
      ['B16', 'Do, 17. Januar 2018'],
    ]);
    expect(f[1].message).toBe(
      'Wochentag passt nicht: „Do, 17. Januar 2018“ – der 17.01.2018 ist ein Mittwoch, kein Donnerstag (Jahr prüfen)',
    );
  });
  it('checks the weekday of status-check dates, once for a row naming two goals', () => {
    const f = check('weekday-mismatch', [
      sheet(),
      formSheet('7.49', {}),
      log(['7.47, 7.49', 'Di, 04.11.2019'], ['7.47', 'Mo, 04.11.2019']),
    ]);
    expect(f.map((x) => [x.sheet, x.cell, x.goal])).toEqual([['Nachfragen', 'B2', '7.47']]);
  });
  it('is quiet when weekdays match', () => expect(check('weekday-mismatch', [sheet(['Do, 17.01.2019', 'Treffen', null])])).toEqual([]));
});

describe('date-outside-period', () => {
  it('warns about dates far outside the goal period', () => {
    expect(cells(check('date-outside-period', [sheet(['01/91', 'a', null], ['05/29', 'b', null], ['03/19', 'c', null])]))).toEqual([
      ['7.47', 'A15', '01/91'],
      ['7.47', 'A16', '05/29'],
    ]);
  });
  it('checks status-check dates too', () => {
    expect(cells(check('date-outside-period', [sheet(), log(['7.47', '14.05.2091'], ['7.47', '14.05.2019'])]))).toEqual([
      ['Nachfragen', 'B2', '14.05.2091'],
    ]);
  });
  it('uses a configurable period', () => {
    expect(check('date-outside-period', [sheet(['05/29', 'b', null])], { period: { from: '2018-01-01', to: '2030-12-31' } })).toEqual([]);
  });
});

describe('milestone-without-text', () => {
  it('reports a date without a measure at the text cell', () => {
    expect(cells(check('milestone-without-text', [sheet(['03/19', null, null])]))).toEqual([['7.47', 'B15', '03/19']]);
  });
  it('is quiet with text', () => expect(check('milestone-without-text', [sheet(['03/19', 'x', null])])).toEqual([]));
});

describe('milestone-overdue', () => {
  it('reports ended milestones without a report', () => {
    const f = check('milestone-overdue', [
      sheet(
        ['03/19', 'Feststellen', null],
        ['03/19', 'Erledigt', 'ok'],
        ['12/19', 'Später', null],
        ['ab 03/19', 'Laufend', null],
        ['Ab sofort', 'Immer', null],
      ),
    ]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([['A15', 'Überfällig seit 31.03.2019, kein Umsetzungsbericht: „Feststellen“']]);
  });
  it('follows the state the row says: not yet done is overdue, done and cancelled are not, postponed is due at its new date', () => {
    const f = check('milestone-overdue', [
      sheet(
        ['03/19', 'Offen gemeldet', 'noch offen'],
        ['03/19', 'In Arbeit', 'in Arbeit, Entwurf folgt'],
        ['03/19', 'Treffen', 'Fand am 24.03.2019 statt'],
        ['03/19', 'Abgesagt', 'entfällt (Corona)'],
        ['03/19', 'Verschoben, neu in der Zukunft', 'verschoben auf 03/20'],
        ['03/19', 'Verschoben, neu auch vorbei', 'verschoben auf 10/19'],
        ['03/19', 'Negation im Bericht', 'Die AG konnte als Kooperationspartnerin nicht gewonnen werden.'],
      ),
    ]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ['A15', 'Überfällig seit 31.03.2019, laut Stand nicht erledigt („noch offen“): „Offen gemeldet“'],
      ['A16', 'Überfällig seit 31.03.2019, laut Stand nicht erledigt („in Arbeit, Entwurf folgt“): „In Arbeit“'],
      ['C20', 'Überfällig seit 31.10.2019, auch nach der Verschiebung auf 10/19: „Verschoben, neu auch vorbei“'],
    ]);
  });
  it('depends on the reference day', () => {
    expect(check('milestone-overdue', [sheet(['03/19', 'Feststellen', null])], { today: '2019-03-31' })).toEqual([]);
    expect(check('milestone-overdue', [sheet(['03/19', 'Feststellen', null])], { today: '2019-04-01' })).toHaveLength(1);
  });
  it('points at the measure text when the date stands there, not at the empty date cell', () => {
    expect(cells(check('milestone-overdue', [sheet([null, 'Do, 17.01.2019 Treffen im Rathaus', null])]))).toEqual([
      ['7.47', 'B15', 'Do, 17.01.2019'],
    ]);
  });
  it('leaves milestones without text, or with an error value as text, to their own rules', () => {
    expect(check('milestone-overdue', [sheet(['03/19', null, null], ['03/19', { error: '#NV' }, null])])).toEqual([]);
  });
});

describe('report-looks-like-date', () => {
  it('flags reports that are only a date', () => {
    expect(
      cells(
        check('report-looks-like-date', [
          sheet(['03/19', 'Worldcafé', 'Nov. 2019'], ['03/19', 'x', 'Im Nov. 2019 mit 30 Personen durchgeführt']),
        ]),
      ),
    ).toEqual([['7.47', 'C15', 'Nov. 2019']]);
  });
});

describe('interim-deadline-passed', () => {
  it('warns when the deadline passed and nothing was reported', () => {
    expect(cells(check('interim-deadline-passed', [formSheet('1.2', {})]))).toEqual([['1.2', 'A10', 'bis September 2019']]);
  });
  it('is quiet before the deadline or once something was reported', () => {
    expect(check('interim-deadline-passed', [formSheet('1.2', {})], { today: '2019-09-30' })).toEqual([]);
    expect(check('interim-deadline-passed', [formSheet('1.2', { milestones: [['03/19', 'x', 'erledigt']] })])).toEqual([]);
  });
});
