/**
 * The API-set audit (scripts/audit-api.ts, `npm run audit:api`): the add-in's code uses no
 * Office.js member above the manifest's requirement sets without a feature check; and the
 * audit does find such uses, recognises the checks it documents, and nothing less.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Audit, auditApi, floorOf, setsIn, table, versionAtLeast } from '../scripts/audit-api';

const ROOT = join(__dirname, '..');

describe('the add-in’s code', () => {
  let audit: Audit;
  beforeAll(() => {
    audit = auditApi();
  }, 120_000);

  it('uses nothing above ExcelApi 1.14 and CustomFunctionsRuntime 1.3 without a feature check', () => {
    expect(audit.floor).toMatchObject({ ExcelApi: '1.14', CustomFunctionsRuntime: '1.3' });
    expect(audit.problems.map((p) => `${p.at} ${p.member}`)).toEqual([]);
  });

  it('is read whole: reading, writing, load strings, object literals and enum strings alike', () => {
    const used = (member: string) => audit.uses.filter((u) => u.member === member);
    // a method call, with its set from the documentation
    expect(used('Excel.Range.getMergedAreasOrNullObject')[0]).toMatchObject({
      at: expect.stringMatching(/^src\/excel\/read\.ts:\d+$/),
      sets: [{ name: 'ExcelApi', version: '1.13' }],
      status: 'floor',
    });
    // a property named only in a load string
    expect(used('Excel.Range.valueTypes').some((u) => u.at.startsWith('src/excel/read.ts'))).toBe(true);
    // object literals typed by Office.js
    expect(used('Excel.DataValidationRule.list')[0].sets).toEqual([{ name: 'ExcelApi', version: '1.8' }]);
    expect(used('Excel.PageLayoutZoomOptions.scale')[0].sets).toEqual([{ name: 'ExcelApi', version: '1.9' }]);
    // strings that stand for enum members
    expect(used('Excel.PageOrientation.landscape')[0].sets).toEqual([{ name: 'ExcelApi', version: '1.7' }]);
    // common API sets and the custom functions runtime
    expect(used('Office.UI.displayDialogAsync')[0].sets).toContainEqual({ name: 'DialogApi', version: '1.1' });
    expect(used('CustomFunctions.Error')[0].status).toBe('floor');
    expect(new Set(audit.uses.map((u) => u.member)).size).toBeGreaterThan(100);
  });

  it('prints a table with one row per member and a summary', () => {
    const lines = table(audit);
    expect(lines[0]).toMatch(/^floor: .*ExcelApi 1\.14.*CustomFunctionsRuntime 1\.3/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\| Excel\.Range\.getMergedAreasOrNullObject \| ExcelApi 1\.13 \| floor \| 1 \| src\/excel\/read\.ts:\d+ \|$/),
    );
    expect(lines[lines.length - 1]).toMatch(/^\d+ members, \d+ uses: .* above the floor without a check 0\.$/);
  });
});

describe('the audit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zielwerk-audit-'));
  const features = join(ROOT, 'src', 'excel', 'features');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Audits one file of code; returns "line member status" for the members above ExcelApi 1.14. */
  function auditCode(code: string): string[] {
    const file = join(dir, `case-${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(file, `import { supportsExcelApi } from ${JSON.stringify(features)};\n${code}`);
    const { uses } = auditApi({ roots: [file] });
    return uses
      .filter((u) => u.at.includes('case-') && u.status !== 'floor' && u.status !== 'core')
      .map((u) => `${Number(u.at.split(':').pop()) - 1} ${u.member} ${u.status}`);
  }

  it('finds uses above the floor: calls, properties, load strings, destructuring', () => {
    const found = auditCode(
      [
        'export function f(range: Excel.Range) {',
        '  range.getDependents();',
        "  range.load('address,valuesAsJson');",
        '  const { valuesAsJson } = range;',
        '  return valuesAsJson;',
        '}',
      ].join('\n'),
    );
    expect(found).toEqual(['2 Excel.Range.getDependents above', '3 Excel.Range.valuesAsJson above', '4 Excel.Range.valuesAsJson above']);
  }, 120_000);

  it('accepts them behind a feature check of the same set at that version or higher', () => {
    const found = auditCode(
      [
        'export function f(range: Excel.Range) {',
        "  if (supportsExcelApi('1.15')) range.getDependents();",
        "  if (Office.context.requirements.isSetSupported('ExcelApi', '1.16')) range.load('valuesAsJson');",
        "  const deps = supportsExcelApi('1.16') && range.getDependents();",
        "  return supportsExcelApi('1.15') ? range.getDependents() : deps;",
        '}',
        'export function g(range: Excel.Range) {',
        "  if (!supportsExcelApi('1.16')) return null;",
        "  range.load('valuesAsJson');",
        '  return range.getDependents();',
        '}',
      ].join('\n'),
    );
    expect(found).toEqual([
      '2 Excel.Range.getDependents checked',
      '3 Excel.Range.valuesAsJson checked',
      '4 Excel.Range.getDependents checked',
      '5 Excel.Range.getDependents checked',
      '9 Excel.Range.valuesAsJson checked',
      '10 Excel.Range.getDependents checked',
    ]);
  }, 120_000);

  it('does not take a check of a lower version, a negated one, another set, or a check elsewhere for one', () => {
    const found = auditCode(
      [
        'export function f(range: Excel.Range) {',
        "  if (supportsExcelApi('1.14')) range.getDependents();",
        "  if (!supportsExcelApi('1.15')) range.getDependents();",
        "  if (Office.context.requirements.isSetSupported('WordApi', '1.15')) range.getDependents();",
        "  if (supportsExcelApi('1.15')) console.log('ok');",
        '  range.getDependents();',
        "  if (supportsExcelApi('1.15') || Math.random() > 0.5) range.getDependents();",
        '}',
      ].join('\n'),
    );
    expect(found).toEqual([2, 3, 4, 6, 7].map((line) => `${line} Excel.Range.getDependents above`));
  }, 120_000);

  it('reads requirement sets from the documentation as @types/office-js writes them', () => {
    expect(setsIn('/**\n * @remarks\n * [Api set: ExcelApi 1.13]\n */')).toEqual([{ name: 'ExcelApi', version: '1.13' }]);
    expect(
      setsIn(
        '* **Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets | DialogApi 1.2}',
      ),
    ).toEqual([{ name: 'DialogApi', version: '1.2' }]);
    expect(
      setsIn('* {@link https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins | Use the Dialog API}'),
    ).toEqual([]);
    expect(versionAtLeast('1.14', '1.9')).toBe(true);
    expect(versionAtLeast('1.9', '1.14')).toBe(false);
    expect(floorOf('<!-- <Set Name="ExcelApi" MinVersion="1.1"/> --><Set Name="ExcelApi" MinVersion="1.14"/>')).toMatchObject({
      ExcelApi: '1.14',
    });
  });
});
