/** Runs one rule over grids and returns its findings (German messages). */
import { extract } from '../../src/core/extract';
import type { Grid } from '../../src/core/grid';
import { type Finding, RULES, validate, type ValidateSettings } from '../../src/core/validate';

export function check(ruleId: string, grids: Grid[], settings: Partial<ValidateSettings> = {}): Finding[] {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return validate(extract(grids), { today: '2019-11-15', ...settings, rules: [rule] });
}

/** Findings as [cell, value] pairs, the shape most rule tests compare. */
export function cells(findings: Finding[]): [string, string, string | null][] {
  return findings.map((f) => [f.sheet, f.cell, f.value]);
}
