/**
 * Offline manifest check (`office-addin-manifest validate` needs the internet; `npm run
 * validate` falls back to the same checks): scripts/manifest-check.ts finds nothing wrong
 * with manifest.xml, and finds what is wrong with broken copies of it. Beside it, what this
 * manifest says in particular: ids, URLs, ribbon, locale overrides, requirement sets.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifest, readManifest } from '../scripts/manifest-check';
import { offline, UNREACHABLE } from '../scripts/validate-manifest';
import { MIN_EXCEL_API } from '../src/excel/features';

const ROOT = join(__dirname, '..');
const RAW = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
// the manifest without its comments (they mention what the manifest avoids)
const XML = RAW.replace(/<!--[\s\S]*?-->/g, '');
const BASE = 'https://localhost:3000/';

const all = (re: RegExp) => [...XML.matchAll(re)].map((m) => m[1]);

describe('the offline checks', () => {
  it('find nothing wrong with manifest.xml', () => {
    expect(checkManifest(RAW)).toEqual([]);
  });

  it.each([
    ['a lower ExcelApi', (x: string) => x.replace('MinVersion="1.14"', 'MinVersion="1.7"'), /ExcelApi must be 1\.14, is 1\.7/],
    [
      'no custom functions runtime',
      (x: string) => x.replace(/\s*<Set Name="CustomFunctionsRuntime"[^>]*>/, ''),
      /CustomFunctionsRuntime must be 1\.3, is missing/,
    ],
    [
      'a resid without resource',
      (x: string) => x.replace('<Label resid="Check.Label"/>', '<Label resid="Check.Lable"/>'),
      /resid Check\.Lable: no such resource/,
    ],
    [
      'a URL the build does not make',
      (x: string) => x.replace(`${BASE}support.html`, `${BASE}fehlt.html`),
      /the build makes no fehlt\.html/,
    ],
    [
      'a URL elsewhere',
      (x: string) => x.replace(`${BASE}support.html`, 'https://example.org/support.html'),
      /not below the add-in's address/,
    ],
    [
      'a text without English',
      (x: string) => x.replace('<bt:Override Locale="en-US" Value="Check"/>', ''),
      /String Check\.Label: no en-US override/,
    ],
    [
      'an icon of the wrong size',
      (x: string) => x.replace('assets/check-16.png', 'assets/check-32.png'),
      /Icon assets\/check-32\.png: not a 16×16 PNG/,
    ],
    [
      'a ribbon action without handler',
      (x: string) => x.replace('<FunctionName>zielwerkSummarize</FunctionName>', '<FunctionName>zielwerkFehlt</FunctionName>'),
      /FunctionName zielwerkFehlt/,
    ],
  ])('find %s', (_, breakIt, problem) => {
    const broken = breakIt(RAW);
    expect(broken).not.toBe(RAW);
    expect(checkManifest(broken)).toEqual([expect.stringMatching(problem)]);
  });
});

describe('npm run validate', () => {
  it('recognises an unreachable validator by what office-addin-manifest prints', () => {
    const offlineOutput =
      'Error: Unable to contact the manifest validation service.\nFetchError: request to https://validationgateway.omex.office.net/package/api/check?clientId=devx failed, reason: getaddrinfo ENOTFOUND validationgateway.omex.office.net';
    expect(UNREACHABLE.test(offlineOutput)).toBe(true);
    expect(UNREACHABLE.test('The manifest is not valid. Error #1: The Id element is missing.')).toBe(false);
  });

  it('runs the offline checks on a manifest file, and reports a broken one', () => {
    expect(offline(join(ROOT, 'manifest.xml'))).toEqual({ ok: true, lines: [expect.stringContaining('Offline-Prüfungen bestanden')] });
    const dir = mkdtempSync(join(tmpdir(), 'zielwerk-manifest-'));
    try {
      writeFileSync(join(dir, 'broken.xml'), RAW.replace('MinVersion="1.14"', 'MinVersion="1.7"'));
      expect(offline(join(dir, 'broken.xml'))).toEqual({
        ok: false,
        lines: [expect.stringContaining('1 Problem'), expect.stringContaining('ExcelApi must be 1.14')],
      });
      writeFileSync(join(dir, 'garbage.xml'), '<OfficeApp><nicht');
      expect(offline(join(dir, 'garbage.xml'))).toMatchObject({ ok: false, lines: [expect.stringContaining('nicht lesbar / unreadable')] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes on manifest.xml, with or without the internet', () => {
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts', 'validate-manifest.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    // offline it says so and runs the offline checks
    if (/nicht erreichbar/.test(r.stdout)) expect(r.stdout).toContain('Offline-Prüfungen bestanden');
  });
});

describe('manifest.xml', () => {
  it('parses with office-addin-manifest and says what the add-in is', () => {
    const m = readManifest(join(ROOT, 'manifest.xml'));
    expect(m).toMatchObject({
      id: 'b065fe87-7f19-40e8-9ca2-aac72379709f',
      officeAppType: 'TaskPaneApp',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      defaultLocale: 'de-DE',
      displayName: 'Zielwerk',
      manifestType: 'xml',
      iconUrl: `${BASE}assets/icon-32.png`,
      highResolutionIconUrl: `${BASE}assets/icon-64.png`,
      supportUrl: `${BASE}support.html`,
      defaultSettings: { sourceLocation: `${BASE}taskpane.html` },
    });
    expect(String(m.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(String(m.version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('asks for Office LTSC 2021 or later: ExcelApi 1.14, CustomFunctionsRuntime 1.3, no shared runtime', () => {
    expect(all(/<Set Name="([^"]+)" MinVersion="[^"]+"\/>/g)).toEqual(['ExcelApi', 'CustomFunctionsRuntime']);
    expect(XML).toContain('<Set Name="ExcelApi" MinVersion="1.14"/>');
    expect(XML).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>');
    // the code's idea of the minimum is the manifest's
    expect(MIN_EXCEL_API).toBe('1.14');
    expect(XML).not.toMatch(/SharedRuntime/);
    // and its comment names the supported Excel versions
    expect(RAW).toMatch(/Supported Excel: Office LTSC 2021 and 2024, Microsoft 365 on Windows and Mac, Excel on the\s+web/);
  });

  it('parses with `office-addin-manifest info`, offline', () => {
    const out = execFileSync(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'info', 'manifest.xml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('Id: b065fe87-7f19-40e8-9ca2-aac72379709f');
    expect(out).toContain(`Source Location: ${BASE}taskpane.html`);
  });

  it('is German by default with English texts, and every URL is on the development server', () => {
    expect(XML).toMatch(/<DisplayName DefaultValue="Zielwerk">\s*<Override Locale="en-US" Value="Zielwerk"\/>/);
    expect(XML).toMatch(/<Description DefaultValue="[^"]*prüfen[^"]*">\s*<Override Locale="en-US" Value="[^"]*check[^"]*"\/>/);
    expect(XML).toContain('<bt:String id="Check.Label" DefaultValue="Prüfen">');
    expect(XML).toContain('<bt:Override Locale="en-US" Value="Check"/>');
    for (const url of all(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)) expect(url.startsWith(BASE)).toBe(true);
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) {
      const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('has a handler for every ribbon action', () => {
    expect(all(/<FunctionName>([^<]+)<\/FunctionName>/g)).toEqual(['zielwerkSummarize']);
    const panes = all(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g);
    expect(new Set(panes)).toEqual(new Set(['Zielwerk.Pane']));
    expect(all(/<Control xsi:type="Button" id="([^"]+)">/g)).toEqual(['Zielwerk.Check', 'Zielwerk.Summary', 'Zielwerk.Open']);
    // the Prüfen button opens the pane on the findings
    expect(XML).toContain(`<bt:Url id="Taskpane.Check.Url" DefaultValue="${BASE}taskpane.html?view=check"/>`);
    expect(readFileSync(join(ROOT, 'src', 'taskpane', 'index.tsx'), 'utf8')).toContain("view === 'check'");
  });

  it('wires the German function names through the de-DE override of the metadata', () => {
    expect(XML).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="de-DE" Value="https:\/\/localhost:3000\/functions-de.json"\/>/,
    );
    expect(XML).toContain('<bt:String id="Functions.Namespace" DefaultValue="ZIEL"/>');
  });
});
