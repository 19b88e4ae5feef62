/**
 * The worked examples in the JSDoc of src/core/dates are tests: every exported function
 * must have at least one `@example`, and every example must hold. Format:
 *
 *   @example
 *   parseDate('Bis 8/20')
 *   //=> { start: '2020-08-01', qualifier: 'by' }
 *
 * The expression is evaluated with the module's exports in scope; an object result is
 * compared with `toMatchObject` (the listed fields), anything else with `toEqual`.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

interface Example {
  fn: string;
  code: string;
  expected: string;
}

const DOC_THEN_EXPORT = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)/g;

function examplesOf(source: string): { fn: string; examples: Example[] }[] {
  const out: { fn: string; examples: Example[] }[] = [];
  for (const [, doc, fn] of source.matchAll(DOC_THEN_EXPORT)) {
    const lines = doc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const examples: Example[] = [];
    let inExample = false;
    let code: string[] = [];
    for (const line of lines) {
      if (line.startsWith('@example')) {
        inExample = true;
        code = [];
        continue;
      }
      if (line.startsWith('@')) inExample = false;
      if (!inExample) continue;
      if (line.startsWith('//=>')) {
        examples.push({ fn, code: code.join('\n'), expected: line.slice(4).trim() });
        code = [];
      } else if (line.trim() && !line.trim().startsWith('//')) code.push(line);
    }
    out.push({ fn, examples });
  }
  return out;
}

const dir = __dirname;
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();

describe.each(modules)('%s', (file) => {
  const source = readFileSync(join(dir, file), 'utf8');
  // every module's exports, so an example may build its input with another module's function

  const scope: Record<string, unknown> = Object.assign({}, ...modules.map((m) => require(`./${m.replace(/\.ts$/, '')}`)));
  const documented = examplesOf(source);
  if (documented.length === 0) {
    it('declares no functions', () => expect(source).not.toMatch(/export function/));
    return;
  }

  it.each(documented.map((d) => [d.fn, d.examples.length]))('%s has a worked @example', (_fn, count) => {
    expect(count).toBeGreaterThan(0);
  });

  const cases = documented.flatMap((d) => d.examples.map((e) => [`${e.code} //=> ${e.expected}`, e] as const));
  if (cases.length === 0) return;
  it.each(cases)('%s', (_title, { code, expected }) => {
    const names = Object.keys(scope);
    const evaluate = (expr: string): unknown => new Function(...names, `return (${expr});`)(...names.map((n) => scope[n]));
    const actual = evaluate(code);
    const want = evaluate(expected);
    if (want !== null && typeof want === 'object' && !Array.isArray(want)) expect(actual).toMatchObject(want as object);
    else expect(actual).toEqual(want);
  });
});

it('every exported function in src/core/dates is documented with an example', () => {
  for (const file of modules) {
    const source = readFileSync(join(dir, file), 'utf8');
    const exported = [...source.matchAll(/export function (\w+)/g)].map((m) => m[1]);
    const withExample = examplesOf(source)
      .filter((d) => d.examples.length > 0)
      .map((d) => d.fn);
    expect({ file, missing: exported.filter((fn) => !withExample.includes(fn)) }).toEqual({ file, missing: [] });
  }
});
