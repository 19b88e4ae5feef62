import { formSheet, grid } from '../../../../test/helpers/grid';
import { cells, check } from '../../../../test/helpers/validate';
import { isPlausiblePhone, isValidEmail, similarOrganizations, similarPeople } from '../../people';

const log = (date: string) =>
  grid('Nachfragen', [
    ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner'],
    ['1.2', date, 'Frau Hagen'],
  ]);

describe('status-check-missing', () => {
  it('warns for green goals without any check', () => {
    const f = check('status-check-missing', [formSheet('1.2', {}), formSheet('1.5', {}), log('14.05.2019')]);
    expect(cells(f)).toEqual([['1.5', 'A1', null]]);
    expect(f[0].severity).toBe('warning');
  });
  it('is quiet when every goal has a check', () => {
    expect(check('status-check-missing', [formSheet('1.2', {}), log('14.05.2019')])).toEqual([]);
  });
});

describe('status-check-stale', () => {
  it('warns when the last check is older than six months', () => {
    const f = check('status-check-stale', [formSheet('1.2', {}), log('14.05.2019')]);
    expect(cells(f)).toEqual([['Nachfragen', 'B2', '14.05.2019']]);
    expect(f[0].message).toBe('Ziel 1.2: letzte Nachfrage am 14.05.2019 – älter als 6 Monate');
  });
  it('is quiet within six months, and when no check is recorded at all', () => {
    expect(check('status-check-stale', [formSheet('1.2', {}), log('15.05.2019')])).toEqual([]);
    expect(check('status-check-stale', [formSheet('1.2', {})])).toEqual([]);
  });
});

const partners = () =>
  grid('Partner', [
    ['Organisation', 'Ansprechperson', 'E-Mail', 'Telefon'],
    ['AWO', 'Yannis Krone', 'y.krone@awo-paderborn', '12345'],
    ['FAW', 'Ulrike Mertens', 'ulrike.mertens@faw.de', '05251 14287-122'],
    ['KSB', 'Frau Fulland', 'fulland at ksb.de', '0 52 51 – 29066-19'],
  ]);
const tidy = formSheet('1.2', { lead: 'Frau Muster, muster@example.org, 05251 1234' });

describe('email-invalid', () => {
  it('reports broken addresses in the partner list at their cells', () => {
    const f = check('email-invalid', [partners()]);
    expect(cells(f)).toEqual([
      ['Partner', 'C2', 'y.krone@awo-paderborn'],
      ['Partner', 'C4', 'fulland at ksb.de'],
    ]);
    expect(f[0].severity).toBe('error');
  });
  it("reports a lead's broken address on the goal sheet", () => {
    expect(cells(check('email-invalid', [formSheet('1.2', { lead: 'Frau Muster, muster@example, 05251 1234' })]))).toHaveLength(1);
  });
  it('knows valid and invalid forms', () => {
    expect(['m.gross@bksn.de', 'Viviane.Vidot@Herford.de', 'a+b@x-y.org'].every(isValidEmail)).toBe(true);
    expect(['a@b', 'a@@b.de', 'a..b@x.de', '@x.de', 'a@x.d', 'a b@x.de'].some(isValidEmail)).toBe(false);
  });
  it('points at the contact cell when the address stands there', () => {
    const list = grid('Partner', [
      ['Organisation', 'Ansprechperson', 'Ziele'],
      ['AWO', 'Yannis Krone (y.krone@awo)', '7.47'],
    ]);
    expect(cells(check('email-invalid', [list]))).toEqual([['Partner', 'B2', 'y.krone@awo']]);
  });
  it('is quiet on a tidy sheet', () => expect(check('email-invalid', [tidy])).toEqual([]));
});

describe('phone-implausible', () => {
  it('reports implausible numbers at their cells', () => {
    const f = check('phone-implausible', [partners()]);
    expect(cells(f)).toEqual([['Partner', 'D2', '12345']]);
    expect(f[0].severity).toBe('warning');
  });
  it('knows plausible and implausible forms', () => {
    expect(['0 52 51 – 29066-19', '+49 5221 189 742', '05251/308-4610', '(05251) 308 4610'].every(isPlausiblePhone)).toBe(true);
    expect(['12345', '0521', 'ruf an', '+49 1234567890123456'].some(isPlausiblePhone)).toBe(false);
  });
  it('is quiet on a tidy sheet', () => expect(check('phone-implausible', [tidy])).toEqual([]));
});

describe('near-duplicate-name', () => {
  it('names both cells of two spellings of one person', () => {
    const f = check('near-duplicate-name', [
      formSheet('7.47', { lead: 'Ansprechpartner: Yannis Krone, AWO Kreisverband Paderborn' }),
      grid('Nachfragen', [
        ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner'],
        ['7.47', '14.05.2019', 'Yanis Krone'],
      ]),
      grid('Partner', [
        ['Organisation', 'Ansprechperson'],
        ['ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.', 'Yannis Krone'],
      ]),
    ]);
    expect(f.map((x) => [x.sheet, x.cell, x.value, x.related])).toEqual([
      ['Nachfragen', 'C2', 'Yanis Krone', [{ sheet: '7.47', cell: 'A5' }]],
      ['Partner', 'A2', 'ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.', [{ sheet: '7.47', cell: 'A5' }]],
    ]);
  });
  it('tells similar from different', () => {
    expect(similarPeople('Yanis Krone', 'Yannis Krone')).toBe(true);
    expect(similarPeople('Frau Dreyer', 'Frau Meyer')).toBe(false);
    expect(similarPeople('Markus Kremer', 'Markus Kahmann')).toBe(false);
    expect(similarPeople('Jana Althoff', 'Anna Althoff')).toBe(false);
    expect(similarPeople('Lena Meier', 'Lina Meier')).toBe(true);
    expect(similarPeople('Frau Hagen', 'Frau Hagen')).toBe(true);
    expect(similarPeople('Ulrike Mertens', 'Ulrike Martens')).toBe(true);
    expect(similarOrganizations('AWO Kreisverband Paderborn', 'ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.')).toBe(true);
    expect(similarOrganizations('Kreissportbund Paderborn', 'KreisSportBund Paderborn e.V.')).toBe(true);
    expect(similarOrganizations('BIZ', 'Bildungs- und Integrationszentrum Kreis Paderborn')).toBe(false);
    expect(similarOrganizations('Stadt Paderborn', 'Kreis Paderborn')).toBe(false);
  });
});
