/**
 * The corpus of malformed and odd workbooks (test/corpus, written by scripts/make-corpus.ts):
 * `zielwerk validate` gives each its declared answer, never a crash or a hang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import type { Expected } from '../scripts/make-corpus';

const DIR = join(__dirname, 'corpus');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => f.replace(/\.xlsx$/, ''))
  .sort();

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

it('has at least 20 cases', () => {
  expect(NAMES.length).toBeGreaterThanOrEqual(20);
});

describe.each(NAMES)('%s', (name) => {
  const file = join(DIR, `${name}.xlsx`);
  const expected: Expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));

  it(`validate answers as declared (${expected.description})`, async () => {
    const r = await run(['validate', file, '--json', '--today', '2019-11-15']);
    expect([r.code, r.err.includes('Interner Fehler')]).toEqual([expected.exit, false]);
    if (expected.exit === 2) {
      expect(r.out).toBe('');
      // the whole line, so that no library's English words can slip into it
      expect(r.err.replace(file, '{file}')).toBe(`${expected.stderr}\n`);
      return;
    }
    expect(r.err).toBe('');
    const { findings, counts } = JSON.parse(r.out) as { findings: { rule: string }[]; counts: Record<string, number> };
    expect(counts.error > 0).toBe(expected.exit === 1);
    const per = (rule: string) => findings.filter((f) => f.rule === rule).length;
    for (const [rule, n] of Object.entries(expected.rules ?? {})) expect([rule, per(rule)]).toEqual([rule, n]);
    for (const rule of expected.absent ?? []) expect([rule, per(rule)]).toEqual([rule, 0]);
  }, 60_000);

  if (expected.goals) {
    it('extracts the declared goals', async () => {
      const r = await run(['extract', file, '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).goals.map((g: { id: string }) => g.id)).toEqual(expected.goals);
    }, 60_000);
  }
});
