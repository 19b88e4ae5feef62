/**
 * What the build puts into dist/, checked after `npm run build` (npm test builds first):
 * every script parses at the one declared JavaScript level (targets.js), the guard and
 * result scripts at ECMAScript 5; the metadata asks for nothing above CustomFunctionsRuntime
 * 1.3; and a build for an office's own address gives a manifest naming only that address,
 * which `npm run package` zips.
 */
import { parse } from 'acorn';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { packageAddin } from '../../scripts/package';
import { DIST, ROOT } from './harness';

const targets = require('../../targets.js') as { ecmaVersion: number; esbuild: string[] };

const WEBPACK = require.resolve('webpack-cli/bin/cli.js');

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [path] : [];
  });
}

/** The parse error of `code` at `ecmaVersion`, or null when it parses. */
function parseError(code: string, ecmaVersion: number): string | null {
  try {
    parse(code, { ecmaVersion: ecmaVersion as 5, sourceType: 'script' });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'taskpane.js'))) throw new Error('dist/ is missing: run `npm run build` first');
});

describe('the JavaScript level', () => {
  it(`is one declared target: ES${targets.ecmaVersion} and the engines of the supported Excel versions`, () => {
    expect(targets.esbuild[0]).toBe(`es${targets.ecmaVersion}`);
    expect(targets.esbuild).toEqual(expect.arrayContaining([expect.stringMatching(/^chrome\d+$/), expect.stringMatching(/^safari\d+$/)]));
  });

  it('is enforced by the parser: newer syntax fails at the declared level', () => {
    expect(parseError('class A { static { this.x = 1; } }', targets.ecmaVersion)).not.toBeNull();
    expect(parseError('const a = b ?? c;', 5)).not.toBeNull();
  });

  it('holds for every script in dist/, including the copied office.js', () => {
    const files = scripts(DIST);
    expect(files.map((f) => relative(DIST, f))).toEqual(
      expect.arrayContaining(['taskpane.js', 'commands.js', 'functions.js', 'guard.js', 'result.js', join('office-js', 'office.js')]),
    );
    expect(files.filter((f) => f.includes('excel-')).length).toBeGreaterThan(2);
    const failures = files.map((f) => [relative(DIST, f), parseError(readFileSync(f, 'utf8'), targets.ecmaVersion)]).filter(([, e]) => e);
    expect(failures).toEqual([]);
  });

  it('is ECMAScript 5 for the guard and the result page, which old engines must run', () => {
    for (const file of ['guard.js', 'result.js'])
      expect([file, parseError(readFileSync(join(DIST, file), 'utf8'), 5)]).toEqual([file, null]);
  });

  it('the guard script carries its German and English texts', () => {
    const guard = readFileSync(join(DIST, 'guard.js'), 'utf8');
    expect(guard).not.toContain('/*MESSAGES*/ {}');
    expect(guard).toContain('Zielwerk braucht Excel 2021, 2024 oder Microsoft 365');
    expect(guard).toContain('Zielwerk needs Excel 2021, 2024 or Microsoft 365');
  });

  it('every page with a script loads the guard first', () => {
    for (const page of ['taskpane.html', 'commands.html', 'functions.html', 'result.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const first = /<script src="?([^"\s>]+)/.exec(html)?.[1];
      expect([page, first]).toEqual([page, 'guard.js']);
    }
  });
});

describe('the custom functions metadata', () => {
  it('asks for nothing above CustomFunctionsRuntime 1.3 (no data types in any parameters)', () => {
    for (const file of ['functions.json', 'functions-de.json']) {
      const metadata = JSON.parse(readFileSync(join(DIST, file), 'utf8'));
      expect([file, 'allowCustomDataForDataTypeAny' in metadata]).toEqual([file, false]);
      expect(metadata.functions.length).toBe(8);
    }
  });
});

describe('a build for an office’s own address', () => {
  const out = mkdtempSync(join(tmpdir(), 'zielwerk-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('names only that address in its manifest, and `npm run package` zips it', async () => {
    const url = 'https://example.org/zielwerk/';
    execFileSync(process.execPath, [WEBPACK, '--mode', 'production', '--env', `url=${url}`, '--output-path', join(out, 'dist')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const manifest = readFileSync(join(out, 'dist', 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/localhost/);
    const addresses = [...manifest.matchAll(/"(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org'));
    expect(addresses.length).toBeGreaterThan(15);
    expect(addresses.filter((u) => !u.startsWith(url))).toEqual([]);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${url}taskpane.html"/>`);
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.14"/>');
    // nothing else in the build names the development server either
    const rest = scripts(join(out, 'dist')).filter((f) => readFileSync(f, 'utf8').includes('localhost:3000'));
    expect(rest).toEqual([]);

    const packaged = await packageAddin({ dist: join(out, 'dist'), out: join(out, 'zielwerk.zip') });
    expect(packaged.url).toBe(url);
    const zip = await JSZip.loadAsync(readFileSync(packaged.file));
    const names = Object.keys(zip.files);
    expect(names).toEqual(
      expect.arrayContaining([
        'manifest.xml',
        'LIESMICH.txt',
        'web/taskpane.html',
        'web/taskpane.js',
        'web/guard.js',
        'web/office-js/office.js',
      ]),
    );
    await expect(zip.file('manifest.xml')!.async('string')).resolves.toBe(manifest);
    await expect(zip.file('LIESMICH.txt')!.async('string')).resolves.toContain(url);
  }, 300_000);

  it('is refused for a build that names the development server', async () => {
    await expect(packageAddin({ dist: DIST, out: join(out, 'dev.zip') })).rejects.toThrow(
      /Entwicklungsserver \(https:\/\/localhost:3000\/\)/,
    );
    expect(existsSync(join(out, 'dev.zip'))).toBe(false);
  });

  it('refuses an address Office would not load, in one line', () => {
    const r = spawnSync(
      process.execPath,
      [WEBPACK, '--mode', 'production', '--env', 'url=http://intranet/zielwerk/', '--output-path', join(out, 'bad')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^Zielwerk: Office lädt Add-ins nur über https: „http:\/\/intranet\/zielwerk\/“\. \/ Office loads add-ins over https only/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(out, 'bad'))).toBe(false);
  });
});
