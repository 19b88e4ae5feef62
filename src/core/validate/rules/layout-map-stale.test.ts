import { grid } from '../../../../test/helpers/grid';
import { TAUGHT } from '../../../../test/helpers/taught';
import { fingerprintOf } from '../../layout/match';
import { extract } from '../../extract';
import { validate } from '../index';

describe('layout-map-stale', () => {
  const c = TAUGHT.find((x) => x.kind === 'milestone-list')!;
  const entry = { ...c.map, fingerprint: fingerprintOf(grid(c.sheet, c.rows), 1) };
  const stale = (grids: ReturnType<typeof grid>[], sheets = [entry]) =>
    validate(extract(grids, { layout: { version: 1, sheets } }), { today: '2019-11-15' }).filter((f) => f.rule === 'layout-map-stale');

  it('is silent while the map fits', () => {
    expect(stale([grid(c.sheet, c.rows)])).toEqual([]);
  });
  it('says a moved header row was followed, at its new place', () => {
    const f = stale([grid(c.sheet, [['Planung'], ...c.rows])]);
    expect(f.map((x) => [x.severity, x.sheet, x.cell, x.message])).toEqual([
      [
        'warning',
        'Fahrplan',
        'A2',
        'Lesart für Blatt „Fahrplan“: die Kopfzeile ist verrutscht (Zeile 1 → 2) – dort gelesen; bitte Lesart neu speichern',
      ],
    ]);
  });
  it('says a header row that is gone, and a sheet read to nothing', () => {
    const f = stale([grid(c.sheet, [['Leer bis auf dies']])]);
    expect(f.map((x) => x.message)).toEqual([
      'Lesart für Blatt „Fahrplan“: die Kopfzeile (Zeile 1) ist nicht mehr zu finden – ohne sie gelesen; bitte „Lesart anpassen“',
      'Lesart für Blatt „Fahrplan“: so gelesen ergibt das Blatt nichts – bitte „Lesart anpassen“',
    ]);
  });
  it('says a mapped sheet is gone', () => {
    const f = stale([grid('Anderes', [['x']])]);
    expect(f.map((x) => x.message)).toEqual(['Die Lesart nennt das Blatt „Fahrplan“, das es nicht mehr gibt – Eintrag nicht verwendet']);
  });
});
