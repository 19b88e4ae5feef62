/**
 * Offline manifest check (`office-addin-manifest validate` needs the internet): the manifest
 * parses with office-addin-manifest's reader; ids, URLs, icons, locale overrides and
 * requirement sets are right; every resid resolves; every ribbon action has its handler and
 * every URL points at a file the build produces.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
// the manifest without its comments (they mention what the manifest avoids)
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
const BASE = 'https://localhost:3000/';

/** office-addin-manifest's reader, run in its own Node process (its ESM dependencies do not load under jest). */
function readManifest(): Record<string, unknown> {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, join(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' }));
}

const all = (re: RegExp) => [...XML.matchAll(re)].map((m) => m[1]);
const resources = XML.slice(XML.indexOf('<Resources>'));

/** Width and height of a PNG from its header. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('parses with office-addin-manifest and says what the add-in is', () => {
    const m = readManifest();
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

  it('loads on Excel 2019: ExcelApi 1.7, no shared runtime', () => {
    expect(all(/<Set Name="([^"]+)" MinVersion="[^"]+"\/>/g)).toEqual(['ExcelApi']);
    expect(XML).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(XML).not.toMatch(/SharedRuntime/);
  });

  it('is German by default with English overrides for every text', () => {
    expect(XML).toMatch(/<DisplayName DefaultValue="Zielwerk">\s*<Override Locale="en-US" Value="Zielwerk"\/>/);
    expect(XML).toMatch(/<Description DefaultValue="[^"]*prüfen[^"]*">\s*<Override Locale="en-US" Value="[^"]*check[^"]*"\/>/);
    const strings = [...resources.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"(\/?)>/g)];
    for (const [, id, text, selfClosing] of strings) {
      if (id === 'Functions.Namespace') continue;
      expect([id, selfClosing]).toEqual([id, '']);
      expect(resources).toMatch(
        new RegExp(`<bt:String id="${id.replace('.', '\\.')}" DefaultValue="[^"]*">\\s*<bt:Override Locale="en-US" Value="[^"]+"/>`),
      );
      expect(text.length).toBeLessThanOrEqual(
        resources.indexOf(`<bt:ShortStrings>`) < resources.indexOf(id) && resources.indexOf(id) < resources.indexOf('</bt:ShortStrings>')
          ? 125
          : 250,
      );
    }
    expect(XML).toContain('<bt:String id="Check.Label" DefaultValue="Prüfen">');
    expect(XML).toContain('<bt:Override Locale="en-US" Value="Check"/>');
  });

  it('resolves every resid, and declares no resource twice', () => {
    const ids = all(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    for (const resid of all(/resid="([^"]+)"/g)) expect([resid, ids.includes(resid)]).toEqual([resid, true]);
  });

  it('points every URL at a file of the build, over https on the dev server', () => {
    const urls = all(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g);
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) {
      expect(url.startsWith(BASE)).toBe(true);
      const path = url.slice(BASE.length).split('?')[0];
      const source = path.startsWith('assets/')
        ? join(ROOT, path)
        : path.endsWith('.html')
          ? join(ROOT, 'src', 'pages', path)
          : path === 'functions.js'
            ? join(ROOT, 'src', 'functions', 'functions.ts')
            : path === 'functions.json'
              ? join(ROOT, 'src', 'functions', 'functions.ts')
              : path === 'functions-de.json'
                ? join(ROOT, 'src', 'functions', 'functions-de.json')
                : '';
      expect([url, existsSync(source)]).toEqual([url, true]);
    }
  });

  it('has icons of the declared sizes', () => {
    for (const m of resources.matchAll(/<bt:Image id="[^"]+\.(\d+)x(\d+)" DefaultValue="https:\/\/localhost:3000\/(assets\/[^"]+)"\/>/g)) {
      expect([m[3], pngSize(join(ROOT, m[3]))]).toEqual([m[3], [Number(m[1]), Number(m[2])]]);
    }
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
  });

  it('has a handler for every ribbon action', () => {
    const functions = all(/<FunctionName>([^<]+)<\/FunctionName>/g);
    expect(functions).toEqual(['zielwerkSummarize']);
    const commands = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    for (const f of functions) {
      expect(commands).toContain(`associate?.('${f}', ${f})`);
      expect(commands).toContain(`export async function ${f}(`);
    }
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
