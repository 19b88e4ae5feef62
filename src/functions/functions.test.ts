import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { CustomFunctionError, installCustomFunctions } from '../../test/fake-excel/custom-functions';
import { isoToSerial } from '../core/dates/serial';

installCustomFunctions();

const F = require('./functions') as typeof import('./functions');

/** Runs a function like Excel does; errors come back as [code, message]. */
function excel<T>(fn: () => T): T | [string, string] {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CustomFunctionError) return [e.code, e.message];
    throw e;
  }
}
const serial = (iso: string) => isoToSerial(iso);

describe('ZIEL.DATUM (DATE)', () => {
  it('gives the end, or the start, of a written date', () => {
    expect(F.DATE('Ca. 06/19')).toBe(serial('2019-06-30'));
    expect(F.DATE('Ca. 06/19', 'Anfang')).toBe(serial('2019-06-01'));
    expect(F.DATE('Bis 8/20', 'start')).toBe(serial('2020-08-01'));
    expect(F.DATE('KW 12/2020')).toBe(serial('2020-03-22'));
    expect(F.DATE('Schuljahr 2020/21', 'Beginn')).toBe(serial('2020-08-01'));
  });
  it('takes date serials, years and real dates', () => {
    expect(F.DATE(43482)).toBe(43482);
    expect(F.DATE(2019)).toBe(serial('2019-12-31'));
  });
  it('answers #VALUE! with a German reason', () => {
    expect(excel(() => F.DATE('31.02.2019'))).toEqual(['#VALUE!', 'Den Tag „31.02.2019“ gibt es nicht.']);
    expect(excel(() => F.DATE('nach Absprache'))).toEqual(['#VALUE!', 'Datum „nach Absprache“ nicht erkannt.']);
    expect(excel(() => F.DATE(null))).toEqual(['#VALUE!', 'Kein Wert angegeben.']);
    expect(excel(() => F.DATE('Ab sofort'))).toEqual(['#VALUE!', '„Ab sofort“ hat kein festes Datum (laufend / ab sofort).']);
    expect(excel(() => F.DATE(true))).toEqual(['#VALUE!', 'Datum „WAHR“ nicht erkannt.']);
  });
});

describe('ZIEL.GENAUIGKEIT (PRECISION)', () => {
  it.each([
    ['14.11.18', 'Tag'],
    ['Ca. 06/19', 'Monat'],
    ['Q1/2020', 'Quartal'],
    ['2. Halbjahr 2019', 'Halbjahr'],
    ['Schuljahr 2020/21', 'Schuljahr'],
    ['Sommer 2019', 'Jahreszeit'],
    ['Ab sofort', 'ohne'],
  ])('%s → %s', (text, word) => {
    expect(F.PRECISION(text)).toBe(word);
  });
  it('speaks English on request and rejects nonsense', () => {
    expect(F.PRECISION('KW 12/2020', 'en')).toBe('week');
    expect(excel(() => F.PRECISION('13/19'))).toEqual(['#VALUE!', 'Ungültiger Monat in „13/19“.']);
  });
});

describe('ZIEL.NR (ID)', () => {
  it('normalises ids', () => {
    expect(F.ID('Ziel 07:47')).toBe('7.47');
    expect(F.ID('Ziel Nr. 1.2')).toBe('1.2');
    expect(F.ID(7.47)).toBe('7.47');
    expect(F.ID('Ziel 07:47 und 07.49')).toBe('7.47, 7.49');
    expect(excel(() => F.ID('sieben'))).toEqual(['#VALUE!', '„sieben“ ist keine Ziel-Nr. (erwartet z. B. 7.47).']);
  });
});

describe('ZIEL.STATUS', () => {
  it('spills one status per row', () => {
    const dates = [['03/19'], ['03/19'], [null], ['12/19'], ['Ab sofort']];
    const reports = [[null], ['erledigt'], [null], [null], [null]];
    expect(F.STATUS(dates, reports, '2019-11-15')).toEqual([['überfällig'], ['erledigt'], ['ohne Datum'], ['offen'], ['offen']]);
    expect(F.STATUS(dates, reports, serial('2019-11-15'), 'en')).toEqual([['overdue'], ['done'], ['undated'], ['open'], ['open']]);
  });
  it('rejects ranges of different heights and bad reference days', () => {
    expect(excel(() => F.STATUS([['03/19']], [[null], [null]], '2019-11-15'))).toEqual([
      '#VALUE!',
      'Die Bereiche müssen gleich viele Zeilen haben.',
    ]);
    expect(excel(() => F.STATUS([['03/19']], [[null]], 'gestern'))).toEqual(['#VALUE!', 'Stichtag „gestern“ ist kein Datum.']);
  });
});

describe('goal functions over a milestone list', () => {
  const ids = [['7.47'], ['7.47, 7.49'], ['7.49'], [7.47], ['7.47']];
  const dates = [['03/19'], ['05/19'], ['09/19'], ['12/19'], ['06/20']];
  const texts = [['Feststellen'], ['Treffen'], ['Telefon'], ['Hospitation'], ['Strategie']];
  const reports = [[null], ['ok'], [null], [null], [null]];
  it('ZIEL.UEBERFAELLIG counts overdue milestones of one goal', () => {
    expect(F.OVERDUE(ids, dates, reports, '7.47', '2019-11-15')).toBe(1);
    expect(F.OVERDUE(ids, dates, reports, 'Ziel 07:49', '2019-11-15')).toBe(1);
    expect(F.OVERDUE(ids, dates, reports, '7.47', '2020-07-01')).toBe(3);
  });
  it('ZIEL.FORTSCHRITT gives the share with a report', () => {
    expect(F.PROGRESS(ids, reports, '7.47')).toBe(0.25);
    expect(F.PROGRESS(ids, reports, '7.49')).toBe(0.5);
    expect(excel(() => F.PROGRESS(ids, reports, '1.2'))).toEqual(['#VALUE!', 'Ziel 1.2 hat keine Meilensteine in diesem Bereich.']);
  });
  it('ZIEL.NAECHSTER spills date and text of the next milestone', () => {
    expect(F.NEXT(ids, dates, texts, '7.47', '2019-11-15')).toEqual([[serial('2019-12-31'), 'Hospitation']]);
    expect(excel(() => F.NEXT(ids, dates, texts, '7.47', '2020-07-01'))).toEqual([
      '#VALUE!',
      'Ziel 7.47 hat keinen offenen Meilenstein ab dem Stichtag.',
    ]);
    expect(excel(() => F.NEXT(ids, dates.slice(1), texts, '7.47', '2019-11-15'))).toEqual([
      '#VALUE!',
      'Die Bereiche müssen gleich viele Zeilen haben.',
    ]);
  });
});

describe('ZIEL.PRUEFEN (CHECK)', () => {
  it.each([
    [[['03/19', 'Feststellen', null]], ''],
    [[['7.47', '03/19', 'Feststellen', null]], ''],
    [[['31.02.2019', 'Sitzung', null]], 'Den Tag „31.02.2019“ gibt es nicht'],
    [[['nach Absprache', 'Treffen', null]], 'Datum „nach Absprache“ nicht lesbar'],
    [
      [[null, 'Nächstes Treffen: Do, 17. Januar 2018 14.00 Uhr', null]],
      'Wochentag passt nicht: „Do, 17. Januar 2018“ – der 17.01.2018 ist ein Mittwoch, kein Donnerstag (Jahr prüfen)',
    ],
    [[['03/19', null, null]], 'Datum „03/19“ ohne Maßnahme'],
    [[['01/91', 'Tippfehler', null]], 'Datum „01/91“ liegt außerhalb des Zeitraums 2018–2024 (Tippfehler?)'],
  ])('%j → %j', (row, expected) => {
    expect(F.CHECK(row as never)).toBe(expected);
  });
  it('speaks English on request', () => {
    expect(F.CHECK([['13/19', 'x', null]], 'en')).toBe('Invalid month in "13/19"');
  });
});

describe('metadata', () => {
  it('declares the same functions in English and German, German names different where German differs', async () => {
    const generated = await generateCustomFunctionsMetadata(join(__dirname, 'functions.ts'), true);
    expect(generated.errors).toEqual([]);
    const en = JSON.parse(generated.metadataJson).functions as {
      id: string;
      name: string;
      parameters: { optional?: boolean; dimensionality?: string }[];
      result: unknown;
    }[];
    const de = JSON.parse(readFileSync(join(__dirname, 'functions-de.json'), 'utf8')).functions as typeof en;
    expect(de.map((f) => f.id)).toEqual(en.map((f) => f.id));
    for (const f of en) {
      const g = de.find((x) => x.id === f.id)!;
      expect([f.id, g.parameters.map((p) => [!!p.optional, p.dimensionality ?? 'scalar'])]).toEqual([
        f.id,
        f.parameters.map((p) => [!!p.optional, p.dimensionality ?? 'scalar']),
      ]);
      expect([f.id, g.result]).toEqual([f.id, f.result]);
    }
    expect(de.map((f) => f.name)).toEqual(['DATUM', 'GENAUIGKEIT', 'NR', 'STATUS', 'UEBERFAELLIG', 'FORTSCHRITT', 'NAECHSTER', 'PRUEFEN']);
    expect(en.map((f) => f.name)).toEqual(['DATE', 'PRECISION', 'ID', 'STATUS', 'OVERDUE', 'PROGRESS', 'NEXT', 'CHECK']);
  });
  it('marks no function volatile', async () => {
    const generated = await generateCustomFunctionsMetadata(join(__dirname, 'functions.ts'), true);
    expect(generated.metadataJson).not.toMatch(/volatile/);
  });
});
