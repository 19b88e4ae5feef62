import { COLUMN_WORDS, columnRoles, FORM_LABEL_WORDS, matchLabel, readColor, readRating } from './labels';

describe('matchLabel', () => {
  it.each([
    ['Wer ist federführend für die Umsetzung?', 'lead', ''],
    ['Ansprechperson: Frau Hagen', 'lead', 'Frau Hagen'],
    ['Anspruchspartner: Kevin', 'lead', 'Kevin'],
    ['Wer ist beteiligt? Fr. Dreyer, H. Kemmer', 'participants', 'Fr. Dreyer, H. Kemmer'],
    ['Maßnahmen und Meilensteine', 'milestones', ''],
    ['Anmerkungen:', 'notes', ''],
    ['Datum der telefonischen Nachfrage', 'statusCheck', ''],
    ['WER IST BETEILIGT', 'participants', ''],
  ])('%s', (text, field, rest) => {
    expect(matchLabel(text)).toMatchObject({ field, rest });
  });
  it('reads the interim goal deadline from its label', () => {
    expect(matchLabel('Zwischenziel bis September 2019')).toEqual({ field: 'interimGoal', rest: '', due: 'bis September 2019' });
    expect(matchLabel('Zwischenziel bis 09/19: Auftragsklärung')).toEqual({
      field: 'interimGoal',
      rest: 'Auftragsklärung',
      due: 'bis 09/19',
    });
  });
  it.each(['Kontakt zu Kita-Träger → Frau Hagen', 'Nächstes Treffen: Januar 2019', 'Ziele der Arbeitsgruppe /', 'Stand: 15.11.2019'])(
    'ignores %j',
    (text) => {
      expect(matchLabel(text)).toBeNull();
    },
  );
});

describe('columns, ratings, colours', () => {
  it('knows header words', () => {
    expect(columnRoles('MM/JJ')).toContain('date');
    expect(columnRoles('Maßnahme/Meilenstein')).toContain('text');
    expect(columnRoles('Umsetzungsbericht')).toContain('report');
    expect(columnRoles('E-Mail')).toContain('email');
    expect(columnRoles('Ziel')).toEqual(expect.arrayContaining(['goalId', 'goals']));
  });
  it('reads ratings and colours', () => {
    expect(readRating('teilweise erreicht')).toBe('teilweise erreicht');
    expect(readRating('Die angestrebten Ziele wurden teilweise erreicht.')).toBe('teilweise erreicht');
    expect(readRating('erreicht')).toBe('erreicht');
    expect(readRating('Nicht erreicht')).toBe('nicht erreicht');
    expect(readRating('gut')).toBeNull();
    expect(readColor('Grün')).toBe('grün');
    expect(readColor('gruen')).toBe('grün');
    expect(readColor('blue')).toBe('blau');
    expect(readColor('gelb')).toBeNull();
  });
});

describe('every label and header word', () => {
  // the cheap prefix tests in front of matching must never turn a real label away
  const forms = (w: string) => [w, w.toUpperCase(), w.toLowerCase(), `- ${w}`, `• ${w}:`, `  ${w} ?`];
  it.each(Object.entries(FORM_LABEL_WORDS))('%s', (field, words) => {
    for (const w of words) for (const t of forms(w)) expect([t, matchLabel(t)?.field]).toEqual([t, field]);
  });
  it.each(Object.entries(COLUMN_WORDS))('%s (column)', (role, words) => {
    for (const w of words) for (const t of forms(w)) expect([t, columnRoles(t)]).toEqual([t, expect.arrayContaining([role])]);
  });
});
