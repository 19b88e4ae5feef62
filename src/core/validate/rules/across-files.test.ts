import { formSheet, grid } from '../../../../test/helpers/grid';
import { consolidate, type FileOutcome, readOne } from '../../consolidate';
import { consolidatedPlan } from '../../consolidate/plan';
import type { Grid } from '../../grid';
import { summaryOptions } from '../../summarize';

const TODAY = '2019-11-15';
const read = (file: string, grids: Grid[]): FileOutcome => readOne(file, grids, { today: TODAY, lang: 'de' });
const across = (...files: FileOutcome[]) => consolidate(files, { today: TODAY, lang: 'de' }).findings.filter((f) => /files$/.test(f.rule));

describe('goal-in-several-files', () => {
  it('is an error where two files lead or track the same goal differently, at the later file, naming the earlier', () => {
    const a = read('AG-Sprache.xlsx', [formSheet('7.47', { lead: 'Ansprechperson: Yannis Krone' })]);
    const b = read('AG-Schule.xlsx', [formSheet('7.47', { lead: 'Ansprechperson: Yara Rüther' })]);
    const [f] = across(a, b);
    expect(f).toMatchObject({
      rule: 'goal-in-several-files',
      severity: 'error',
      file: 'AG-Schule.xlsx',
      sheet: '7.47',
      cell: 'A1',
      goal: '7.47',
    });
    expect(f.message).toBe(
      'Ziel 7.47 steht auch in AG-Sprache.xlsx (7.47!A1) – mit anderer Federführung: hier Yara Rüther, dort Yannis Krone. Welche gilt?',
    );
    expect(f.related).toEqual([{ sheet: '7.47', cell: 'A1', file: 'AG-Sprache.xlsx' }]);
  });

  it('names the first milestone told differently', () => {
    const a = read('a.xlsx', [formSheet('7.47', { milestones: [['03/19', 'Erster Schritt', null]] })]);
    const b = read('b.xlsx', [
      formSheet('7.47', {
        milestones: [
          ['03/19', 'Erster Schritt', 'Fand statt.'],
          ['06/19', 'Zweiter Schritt', null],
        ],
      }),
    ]);
    const [f] = across(a, b);
    expect(f.severity).toBe('error');
    expect(f.message).toContain('mit anderen Meilensteinen (hier 2, dort 1; zuerst anders: „03/19 Erster Schritt“)');
  });

  it('is a note for an identical copy (spaces and case aside), which counts once', () => {
    const a = read('a.xlsx', [formSheet('7.47', { lead: 'Ansprechperson: Yannis Krone' })]);
    const b = read('b.xlsx', [
      formSheet('7.47', { lead: 'Ansprechperson:  yannis krone', milestones: [['03/19', 'Erster  Schritt', null]] }),
    ]);
    const c = consolidate([a, b], { today: TODAY, lang: 'de' });
    const f = c.findings.filter((x) => x.rule === 'goal-in-several-files');
    expect(f.map((x) => [x.severity, x.file, x.message])).toEqual([
      ['info', 'b.xlsx', 'Ziel 7.47 steht gleichlautend auch in a.xlsx (7.47!A1) – eine Kopie, einmal gezählt'],
    ]);
    expect(c.model.goals).toHaveLength(1);
    expect(c.model.goals[0].sheets.map((s) => s.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('finds nothing within one workbook (goal-duplicate does) nor in a model without files', () => {
    const one = read('a.xlsx', [formSheet('7.47', {}), formSheet('7.48', {})]);
    expect(across(one)).toEqual([]);
  });
});

describe('near-duplicate-across-files', () => {
  const partners = (rows: string[][]) => grid('Partner', [['Organisation', 'Ansprechperson', 'E-Mail', 'Telefon', 'Ziele'], ...rows]);

  it('reports a spelling in one file that resembles one in another, not identical ones', () => {
    const a = read('a.xlsx', [formSheet('7.47', {}), partners([['AWO Kreisverband Paderborn', 'Yannis Krone', 'y@awo.de', '', '7.47']])]);
    const b = read('b.xlsx', [
      formSheet('7.48', {}),
      partners([
        ['Arbeiterwohlfahrt Kreisverband Paderborn e.V.', 'Yanis Krone', '', '', '7.48'],
        ['Caritas Paderborn', 'Ute Vogt', '', '', '7.48'],
      ]),
    ]);
    const c = read('c.xlsx', [formSheet('7.49', {}), partners([['Caritas Paderborn', 'Ute Vogt', '', '', '7.49']])]);
    const f = across(a, b, c);
    expect(f.map((x) => [x.file, x.sheet, x.cell, x.severity, x.value])).toEqual([
      ['b.xlsx', 'Partner', 'A2', 'warning', 'Arbeiterwohlfahrt Kreisverband Paderborn e.V.'],
      ['b.xlsx', 'Partner', 'B2', 'warning', 'Yanis Krone'],
    ]);
    expect(f[1].message).toBe(
      '„Yanis Krone“ und „Yannis Krone“ in a.xlsx (Partner!B2) – dieselbe Person? Schreibweise in den Mappen vereinheitlichen',
    );
  });

  it('leaves spellings within one file to near-duplicate-name', () => {
    const a = read('a.xlsx', [
      formSheet('7.47', {}),
      partners([
        ['AWO Kreisverband Paderborn', '', '', '', '7.47'],
        ['Arbeiterwohlfahrt Kreisverband Paderborn', '', '', '', '7.47'],
      ]),
    ]);
    expect(across(a)).toEqual([]);
    expect(a.status === 'read' && a.findings.some((f) => f.rule === 'near-duplicate-name')).toBe(true);
  });
});

describe('the consolidated Übersicht', () => {
  it('fits its Quelle column to the longest file name (a path does not wrap), up to 60 characters', () => {
    const long = 'AG-Sprache-und-Integration/Umsetzungsstand-2019.xlsx';
    const c = consolidate([read(long, [formSheet('7.47', {})]), read('kurz.xlsx', [formSheet('7.48', {})])], { today: TODAY, lang: 'de' });
    const plan = consolidatedPlan(c, [], summaryOptions({ today: TODAY, lang: 'de', sources: { hrefs: {} } }));
    const overview = plan.sheets.find((s) => s.name === 'Übersicht')!;
    expect(overview.columns.at(-1)!.width).toBeGreaterThanOrEqual(long.length);
    const huge = consolidate([read(`${'x'.repeat(120)}.xlsx`, [formSheet('7.47', {})])], { today: TODAY, lang: 'de' });
    const wide = consolidatedPlan(huge, [], summaryOptions({ today: TODAY, lang: 'de', sources: { hrefs: {} } }));
    expect(wide.sheets.find((s) => s.name === 'Übersicht')!.columns.at(-1)!.width).toBe(60);
  });
});
