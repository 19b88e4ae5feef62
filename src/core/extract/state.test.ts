import { STATE_WORDS } from './labels';
import { isStateWord, milestoneState, readState } from './state';

describe('readState', () => {
  it.each(Object.entries(STATE_WORDS).flatMap(([state, words]) => words.map((w) => [w, state])))('%j says %s', (word, state) => {
    expect(readState(word)?.state).toBe(state);
    // as people type it: capitalised, with a full stop, after a bullet
    expect(readState(`${word[0].toUpperCase()}${word.slice(1)}.`)?.state).toBe(state);
    if (word.length > 1) expect(readState(`- ${word}`)?.state).toBe(state);
  });

  it.each([
    ['Fand am 24.09.2019 statt.', 'done'],
    ['Treffen hat am 19.02.2019 stattgefunden', 'done'],
    ['Zum Treffen kamen lediglich eine Vertreterin des KreisSportBunds, des KI und der AWO', 'done'],
    ['Die AG konnte als Kooperationspartnerin nicht gewonnen werden.', 'done'],
    ['Flyer wurde an alle Schulen verschickt', 'done'],
    ['erledigt am 12.03.2019', 'done'],
    ['noch offen, da die Rückmeldung fehlt', 'open'],
    ['Termin steht noch nicht fest', 'open'],
    ['Das Treffen hat nicht stattgefunden', 'open'],
    ['geplant für das Frühjahr', 'open'],
    ['in Arbeit, Entwurf folgt', 'in-progress'],
    ['Der Leitfaden wird erarbeitet', 'in-progress'],
    ['läuft noch bis Ende des Jahres', 'in-progress'],
    ['verschoben auf 03/20', 'postponed'],
    ['Termin wurde wegen Corona verschoben', 'postponed'],
    ['entfällt wegen Corona', 'cancelled'],
    ['Veranstaltung abgesagt', 'cancelled'],
    ['50 %', 'in-progress'],
    ['100%', 'done'],
    ['0 %', 'open'],
  ])('%j says %s', (text, state) => {
    expect(readState(text)?.state).toBe(state);
  });

  it('reads the new date of a postponed milestone', () => {
    expect(readState('verschoben auf 03/20')?.newDate).toMatchObject({ start: '2020-03-01', end: '2020-03-31' });
    expect(readState('vertagt auf Herbst 2020 (Corona)')?.newDate).toMatchObject({ start: '2020-09-01' });
    expect(readState('Termin verschoben')?.newDate).toBeNull();
  });

  it('has nothing to say about no text', () => {
    expect(readState('')).toBeNull();
    expect(readState('   ')).toBeNull();
  });
});

describe('milestoneState', () => {
  it('takes the status cell first, then the report, and is open when the row says nothing', () => {
    expect(milestoneState('offen', 'Treffen fand statt')).toMatchObject({ state: 'open', from: 'state' });
    expect(milestoneState(null, 'Treffen fand statt')).toMatchObject({ state: 'done', from: 'report' });
    expect(milestoneState('', 'noch offen')).toMatchObject({ state: 'open', from: 'report' });
    expect(milestoneState(null, null)).toEqual({ state: 'open', newDate: null, from: null });
  });
});

describe('isStateWord', () => {
  it('tells a status word from a report', () => {
    expect(isStateWord('erledigt')).toBe(true);
    expect(isStateWord('✓')).toBe(true);
    expect(isStateWord('verschoben auf 03/21')).toBe(true);
    expect(isStateWord('Einladung an alle Kitas verschickt')).toBe(false);
  });
});
