import { rows, xlsxBuffer } from '../../test/helpers/xlsx';
import { TAUGHT } from '../../test/helpers/taught';
import { t } from '../core/i18n';
import '../core/i18n/layoutCli';
import { LAYOUT_SHEET, layoutSheet, storedLayout } from '../core/layout/store';
import { layoutFromFile as fromFile } from './layoutFile';

/** The problems as the pane words them. */
function layoutFromFile(name: string, bytes: Uint8Array, lang: 'de') {
  const r = fromFile(name, bytes, storedLayout);
  return 'map' in r ? r : { problems: [t(lang, r.problem.key, r.problem.params), ...(r.problem.details ?? [])] };
}

const MAP = { version: 1 as const, sheets: TAUGHT.map((c) => c.map) };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('a layout map from a file the user picks', () => {
  it('takes a .json map, and says in German what is wrong with a broken one', () => {
    expect(layoutFromFile('lesart.json', bytes('\uFEFF' + JSON.stringify(MAP)), 'de')).toEqual({ map: MAP });
    expect(layoutFromFile('lesart.json', bytes('{'), 'de')).toEqual({ problems: ['„lesart.json“ ist kein gültiges JSON.'] });
    const broken = layoutFromFile(
      'lesart.json',
      bytes(JSON.stringify({ version: 1, sheets: [{ sheet: 'A', kind: 'goal-sheet', goal: '7' }] })),
      'de',
    );
    expect(broken).toEqual({ problems: ['„lesart.json“ ist keine gültige Lesart:', 'sheets.0.goal: eine Ziel-Nr. wie „7.47“'] });
    expect(layoutFromFile('lesart.txt', bytes('x'), 'de')).toEqual({ problems: ['Bitte eine .json- oder .xlsx-Datei wählen.'] });
  });

  it('takes the map a workbook keeps, and says when it keeps none', async () => {
    const values = layoutSheet(MAP, 'de').values as unknown[][];
    const withMap = await xlsxBuffer({ Fahrplan: rows([['Bezug']]), [LAYOUT_SHEET]: rows(values) });
    expect(layoutFromFile('vorlage.xlsx', new Uint8Array(withMap), 'de')).toEqual({ map: MAP });
    const without = await xlsxBuffer({ Fahrplan: rows([['Bezug']]) });
    expect(layoutFromFile('andere.xlsx', new Uint8Array(without), 'de')).toEqual({
      problems: ['In „andere.xlsx“ ist keine Lesart gespeichert.'],
    });
    const notZip = layoutFromFile('kaputt.xlsx', bytes('kein zip'), 'de');
    expect('problems' in notZip && notZip.problems[0]).toMatch(/kaputt\.xlsx/);
  });
});
