import { join } from 'node:path';
import { formSheet, grid } from '../../../test/helpers/grid';
import { extract } from '../extract';
import { has } from '../i18n';
import { readWorkbookFile } from '../../xlsx/read';
import { FindingSchema } from './finding';
import { countFindings, RULES, ruleTitle, validate } from './index';
import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'umsetzungsstand-2019.xlsx');

describe('the rule registry', () => {
  it('has unique kebab-case ids with German and English messages', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(has(`rule.${id}`) || has(`rule.${id}.person`) || has(`rule.${id}.lead`)).toBe(true);
    }
  });
  it('gives every rule a distinct title in German and English, kept beside its messages', () => {
    const source = readFileSync(join(__dirname, '..', 'i18n', 'rules.ts'), 'utf8');
    for (const lang of ['de', 'en'] as const) {
      const titles = RULES.map((r) => ruleTitle(lang, r.id));
      expect(new Set(titles).size).toBe(titles.length);
      // a title is words, not the id
      for (const [i, title] of titles.entries()) expect([RULES[i].id, title === RULES[i].id]).toEqual([RULES[i].id, false]);
    }
    expect(ruleTitle('de', 'milestone-overdue')).toBe('Meilenstein überfällig');
    expect(ruleTitle('en', 'milestone-overdue')).toBe('Milestone overdue');
    expect(ruleTitle('de', 'no-such-rule')).toBe('no-such-rule');
    // each title stands right before its rule's first message
    for (const r of RULES) {
      const at = source.indexOf(`'rule-title.${r.id}'`);
      const next = source.indexOf('\n', at) + 1;
      expect([
        r.id,
        source
          .slice(next, next + 40)
          .trimStart()
          .startsWith(`'rule.${r.id}`),
      ]).toEqual([r.id, true]);
    }
  });
  it('keeps one rule per file, named by its id, documented with an example and with its own tests', () => {
    const dir = join(__dirname, 'rules');
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
    const tests = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    expect(sources.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const f of sources) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect([f, /^\/\*\*[\s\S]*?@example[\s\S]*?\*\//.test(text), (text.match(/^export const \w+(?:: Rule)? =/gm) ?? []).length]).toEqual([
        f,
        true,
        1,
      ]);
    }
    for (const r of RULES) expect([r.id, tests.includes(`describe('${r.id}'`)]).toEqual([r.id, true]);
  });
});

describe('validate', () => {
  it("quotes the user's text in messages on one short line, and keeps all of it in value", () => {
    const long = `irgendwann ${'später '.repeat(6000)}`;
    const f = validate(
      extract([
        formSheet('7.47', {
          milestones: [
            ['03/19', 'Treffen\nim Rathaus\n  mit allen', null],
            [long, 'Fest', null],
          ],
        }),
      ]),
      { today: '2019-11-15' },
    );
    const overdue = f.find((x) => x.rule === 'milestone-overdue')!;
    expect(overdue.message).toBe('Überfällig seit 31.03.2019, kein Umsetzungsbericht: „Treffen im Rathaus mit allen“');
    const unreadable = f.find((x) => x.rule === 'date-unparseable')!;
    expect(unreadable.value).toBe(long.trim());
    expect(unreadable.message.length).toBeLessThan(200);
    expect(unreadable.message).toContain('…');
    for (const x of f) expect([x.rule, x.message.includes('\n')]).toEqual([x.rule, false]);
  });
  it('finds no error on a complete, tidy goal sheet', () => {
    const tidy = formSheet('7.47', {
      lead: 'Ansprechpartner: Yannis Krone, AWO Kreisverband Paderborn e.V., y.krone@awo-paderborn.de, 05251 29066-19',
      participants: 'KreisSportBund Paderborn e.V., Bildungs- und Integrationszentrum',
      interim: 'Fünf Quartiere gewonnen',
      milestones: [
        ['03/19', 'Feststellen, wo es Quartiersarbeit gibt', 'Liste erstellt'],
        ['Do, 17.01.2019', 'Nächstes Treffen im Mehrgenerationenhaus', 'fand statt'],
        ['Bis 8/20', 'Akquise weiterer Mitglieder', null],
      ],
    });
    const findings = validate(extract([tidy]), { today: '2019-11-15' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('collects everything and orders it by sheet, row and column', () => {
    const findings = validate(
      extract([
        formSheet('2', {
          heading: 'Ziel 7',
          milestones: [
            ['31.02.2019', null, null],
            ['13/19', 'x', null],
          ],
        }),
        grid('Leer', []),
      ]),
      { today: '2019-11-15' },
    );
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) expect(FindingSchema.safeParse(f).success).toBe(true);
    const order = findings.map((f) => `${f.sheet}!${f.cell}`);
    expect(order[order.length - 1]).toBe('Leer!A1');
  });

  it('speaks English on request', () => {
    const [f] = validate(extract([formSheet('7.47', { milestones: [['13/19', 'x', null]] })]), {
      today: '2019-11-15',
      lang: 'en',
      rules: RULES.filter((r) => r.id === 'date-impossible'),
    });
    expect(f.message).toBe('Invalid month in "13/19"');
  });
});

describe('what Zielwerk is unsure of', () => {
  it('says a missing value may stand in a cell it did not understand, and blames no one for it', () => {
    // the lead stands beside a label Zielwerk does not know
    const sheet = grid('7.47', [
      ['Ziel 7.47'],
      ['Zieltext'],
      ['Wer ist beteiligt?', 'AWO'],
      ['Die Person vom Dienst', 'Yannis Krone'],
      ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
      ['03/19', 'Treffen', 'fand statt'],
    ]);
    const f = validate(extract([sheet]), { today: '2019-11-15', rules: RULES.filter((r) => r.id === 'goal-without-lead') });
    expect(f.map((x) => [x.severity, x.uncertain, x.message])).toEqual([
      [
        'warning',
        true,
        'Ziel 7.47: niemand ist federführend eingetragen – Blatt „7.47“ ist nur zu 83 % gelesen, der Wert kann in einer nicht verstandenen Zelle stehen',
      ],
    ]);
  });
  it('reads errors on a sheet recognised from weak evidence as doubts, not as errors in the data', () => {
    // a bare id and one label: perhaps a goal sheet, perhaps not
    const weak = grid('Tabelle1', [['Notizen zum Treffen'], [], [], [], ['7.147'], ['Federführung: Frau Hagen, hagen@']]);
    const f = validate(extract([weak]), { today: '2019-11-15' }).filter((x) => x.rule !== 'sheet-partly-read');
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    expect(f.filter((x) => x.uncertain).map((x) => x.rule)).toEqual(expect.arrayContaining(['goal-id-out-of-range']));
  });
});

describe('the sample workbook', () => {
  it('yields exactly the findings its documented defects call for', async () => {
    const model = extract((await readWorkbookFile(SAMPLE)).grids);
    const findings = validate(model, { today: '2019-11-15' });
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ['sheet-skipped', 'Hinweise', 'A1'],
      ['status-check-missing', '1.2', 'A1'],
      ['lead-without-contact', '1.2', 'A5'],
      ['interim-deadline-passed', '1.2', 'A10'],
      ['milestone-date-missing', '1.2', 'A15'],
      ['milestone-date-missing', '1.2', 'A16'],
      ['milestone-overdue', '1.2', 'A17'],
      ['status-check-missing', '1.5', 'A1'],
      ['lead-without-contact', '1.5', 'A5'],
      ['interim-deadline-passed', '1.5', 'A10'],
      ['milestone-overdue', '1.5', 'A15'],
      ['milestone-overdue', '1.5', 'A16'],
      ['milestone-date-missing', '1.5', 'A17'],
      ['milestone-overdue', '1.5', 'A18'],
      ['milestone-date-missing', '1.5', 'A19'],
      ['status-check-missing', '2.21', 'A1'],
      ['goal-without-participants', '2.21', 'A7'],
      ['interim-deadline-passed', '2.21', 'A10'],
      ['milestones-all-undated', '2.21', 'A13'],
      ['milestone-date-missing', '2.21', 'A15'],
      ['milestone-date-missing', '2.21', 'A16'],
      ['milestone-date-missing', '2.21', 'A17'],
      ['milestone-date-missing', '2.21', 'A18'],
      ['goal-without-milestones', '3.27', 'A1'],
      ['interim-deadline-passed', '3.27', 'A10'],
      ['status-check-missing', '4.29', 'A1'],
      ['lead-without-contact', '4.29', 'A5'],
      ['interim-deadline-passed', '4.29', 'A10'],
      ['milestone-date-missing', '4.29', 'A15'],
      ['milestone-overdue', '4.29', 'B16'],
      ['status-check-missing', '4.30', 'A1'],
      ['lead-without-contact', '4.30', 'A5'],
      ['lead-without-contact', '4.30', 'A5'],
      ['interim-deadline-passed', '4.30', 'A10'],
      ['milestone-overdue', '4.30', 'A15'],
      ['milestone-overdue', '4.30', 'A16'],
      ['milestone-overdue', '4.31', 'A15'],
      ['milestone-overdue', '4.31', 'A16'],
      ['status-check-missing', '6.45', 'A1'],
      ['lead-without-contact', '6.45', 'A5'],
      ['goal-without-participants', '6.45', 'A7'],
      ['interim-deadline-passed', '6.45', 'A10'],
      ['milestones-all-undated', '6.45', 'A13'],
      ['milestone-date-missing', '6.45', 'A15'],
      ['milestone-date-missing', '6.45', 'A16'],
      ['milestone-date-missing', '6.45', 'A17'],
      ['milestone-date-missing', '6.45', 'A18'],
      ['milestone-date-missing', '6.45', 'A19'],
      ['goal-without-participants', '7.47', 'A7'],
      ['interim-deadline-passed', '7.47', 'A10'],
      ['milestone-overdue', '7.47', 'A15'],
      ['milestone-overdue', '7.47', 'A16'],
      ['milestone-overdue', '7.47', 'A17'],
      ['weekday-mismatch', '7.47', 'B18'],
      ['milestone-overdue', '7.47', 'B18'],
      ['goal-without-interim-goal', '7.49', 'A10'],
      ['milestone-overdue', '7.49', 'A15'],
      ['milestone-overdue', '7.49', 'A16'],
      ['milestone-overdue', '7.49', 'A17'],
      ['status-check-missing', '10.64', 'A1'],
      ['goal-without-participants', '10.64', 'A7'],
      ['goal-without-interim-goal', '10.64', 'A10'],
      ['milestone-overdue', '10.64', 'B15'],
      ['milestone-overdue', '10.64', 'A16'],
      ['status-check-missing', '12.71', 'A1'],
      ['lead-without-contact', '12.71', 'A5'],
      ['interim-deadline-passed', '12.71', 'A10'],
      ['milestone-date-missing', '12.71', 'A15'],
      ['milestone-date-missing', '12.71', 'A16'],
      ['milestone-overdue', '12.71', 'A17'],
      ['milestone-date-missing', '12.71', 'A18'],
      ['lead-without-contact', '12.72', 'A5'],
      ['goal-without-participants', '12.72', 'A7'],
      ['report-looks-like-date', '12.72', 'C15'],
      ['report-looks-like-date', '12.72', 'C16'],
      ['report-looks-like-date', '12.72', 'C17'],
      ['report-looks-like-date', '12.72', 'C18'],
      ['report-looks-like-date', '12.72', 'C19'],
      ['near-duplicate-name', 'Partner', 'A3'],
      ['status-check-stale', 'Nachfragen', 'B2'],
      ['near-duplicate-name', 'Nachfragen', 'C2'],
      ['status-check-stale', 'Nachfragen', 'B3'],
    ]);
    // "Arbeitsgruppenform", "Siehe Liste", "Mail an: …" name nobody: noted, not blamed
    expect(findings.filter((f) => f.rule === 'goal-without-participants' && f.severity === 'info').map((f) => f.goal)).toEqual([
      '6.45',
      '7.47',
      '12.72',
    ]);
    expect(countFindings(findings)).toEqual({ error: 1, warning: 77, info: 4 });
  });

  it('reports each defect the sample README lists', async () => {
    const model = extract((await readWorkbookFile(SAMPLE)).grids);
    const byRule = (rule: string) => validate(model, { today: '2019-11-15' }).filter((f) => f.rule === rule);
    expect(byRule('weekday-mismatch').map((f) => [f.sheet, f.cell, f.value])).toEqual([['7.47', 'B18', 'Do, 17. Januar 2018']]);
    expect(byRule('goal-without-milestones').map((f) => f.goal)).toEqual(['3.27']);
    expect(
      byRule('goal-without-participants')
        .filter((f) => f.severity === 'warning')
        .map((f) => f.goal),
    ).toEqual(['2.21', '10.64']);
    expect(byRule('goal-without-interim-goal').map((f) => f.goal)).toEqual(['7.49', '10.64']);
    expect(byRule('near-duplicate-name').map((f) => [f.sheet, f.cell, f.value, f.related])).toContainEqual([
      'Nachfragen',
      'C2',
      'Yanis Krone',
      [{ sheet: '7.47', cell: 'A5' }],
    ]);
    expect(byRule('report-looks-like-date').map((f) => f.cell)).toEqual(['C15', 'C16', 'C17', 'C18', 'C19']);
    expect(byRule('status-check-missing')).toHaveLength(8);
  });
});
