/**
 * Offline checks of an add-in manifest (Microsoft's validator, `office-addin-manifest
 * validate`, needs the internet): it parses with office-addin-manifest's reader; it asks for
 * Zielwerk's minimum requirement sets and no shared runtime; ids and version are well formed;
 * every text is German with an English override; every resid resolves; every URL lies below
 * the add-in's address and names a file the build produces; icons have their declared sizes;
 * every ribbon action has its handler. Used by test/manifest.test.ts and `npm run validate`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_EXCEL_API } from '../src/excel/features';

const ROOT = join(__dirname, '..');

/** The requirement sets the manifest must ask for: Office LTSC 2021 has both. */
export const REQUIRED_SETS: Record<string, string> = { ExcelApi: MIN_EXCEL_API, CustomFunctionsRuntime: '1.3' };

/** office-addin-manifest's reader, run in its own Node process (its ESM dependencies do not load under jest). */
export function readManifest(file: string): Record<string, unknown> {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)), (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); })`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

/** Width and height of a PNG from its header, or null when the file is no PNG. */
function pngSize(file: string): [number, number] | null {
  const b = readFileSync(file);
  return b.subarray(1, 4).toString() === 'PNG' ? [b.readUInt32BE(16), b.readUInt32BE(20)] : null;
}

/** The file of the repository that becomes `path` of the build (null when none does). */
function sourceOf(path: string): string | null {
  if (path.startsWith('assets/')) return join(ROOT, path);
  if (path.endsWith('.html')) return join(ROOT, 'src', 'pages', path);
  if (path === 'functions.js' || path === 'functions.json') return join(ROOT, 'src', 'functions', 'functions.ts');
  if (path === 'functions-de.json') return join(ROOT, 'src', 'functions', 'functions-de.json');
  return null;
}

/**
 * Problems of the manifest text `raw` (empty when there are none), each one line. The add-in's
 * address is the one its task pane is served from.
 */
export function checkManifest(raw: string): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  // comments may mention what the manifest avoids
  const xml = raw.replace(/<!--[\s\S]*?-->/g, '');
  const all = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);
  const resources = xml.slice(Math.max(0, xml.indexOf('<Resources>')));

  const base = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"\/>/.exec(xml)?.[1];
  if (!base) fail('DefaultSettings: the task pane is not served over https from …/taskpane.html');

  // requirement sets: exactly Zielwerk's minimum
  const sets = Object.fromEntries([...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
  for (const [name, version] of Object.entries(REQUIRED_SETS)) {
    if (sets[name] !== version) fail(`Requirements: ${name} must be ${version}, is ${sets[name] ?? 'missing'}`);
  }
  for (const name of Object.keys(sets)) if (!(name in REQUIRED_SETS)) fail(`Requirements: unexpected requirement set ${name}`);
  if (/SharedRuntime/.test(xml)) fail('Requirements: no SharedRuntime (commands, pane and functions run separately)');

  const id = /<Id>([^<]*)<\/Id>/.exec(xml)?.[1] ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) fail(`Id: not a version 4 GUID: "${id}"`);
  const version = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1] ?? '';
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) fail(`Version: not four numbers: "${version}"`);
  if (!/<DefaultLocale>de-DE<\/DefaultLocale>/.test(xml)) fail('DefaultLocale: must be de-DE');

  // German first, English overrides for every text
  if (!/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/.test(xml)) fail('DisplayName: no en-US override');
  if (!/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/.test(xml)) fail('Description: no en-US override');
  const shortStart = resources.indexOf('<bt:ShortStrings>');
  const shortEnd = resources.indexOf('</bt:ShortStrings>');
  for (const m of resources.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"(\/?)>/g)) {
    const [, sid, text, selfClosing] = m;
    if (sid === 'Functions.Namespace') continue;
    const escaped = sid.replace(/\./g, '\\.');
    if (
      selfClosing ||
      !new RegExp(`<bt:String id="${escaped}" DefaultValue="[^"]*">\\s*<bt:Override Locale="en-US" Value="[^"]+"/>`).test(resources)
    ) {
      fail(`String ${sid}: no en-US override`);
    }
    const limit = m.index! > shortStart && m.index! < shortEnd ? 125 : 250;
    if (text.length > limit) fail(`String ${sid}: longer than ${limit} characters`);
  }

  // resids
  const ids = all(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
  for (const dup of ids.filter((x, i) => ids.indexOf(x) !== i)) fail(`Resources: ${dup} declared twice`);
  for (const resid of all(/resid="([^"]+)"/g)) if (!ids.includes(resid)) fail(`resid ${resid}: no such resource`);

  // URLs: below the add-in's address, each a file of the build
  const urls = all(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g);
  if (urls.length < 15) fail(`URLs: only ${urls.length} found`);
  for (const url of urls) {
    if (!base || !url.startsWith(base)) {
      fail(`URL ${url}: not below the add-in's address ${base ?? '?'}`);
      continue;
    }
    const path = url.slice(base.length).split('?')[0];
    const source = sourceOf(path);
    if (!source || !existsSync(source)) fail(`URL ${url}: the build makes no ${path}`);
  }

  // icons of the declared sizes
  for (const m of resources.matchAll(/<bt:Image id="[^"]+\.(\d+)x(\d+)" DefaultValue="https:\/\/[^"]+?\/(assets\/[^"/]+)"\/>/g)) {
    const file = join(ROOT, m[3]);
    const size = existsSync(file) ? pngSize(file) : null;
    if (!size || size[0] !== Number(m[1]) || size[1] !== Number(m[2])) fail(`Icon ${m[3]}: not a ${m[1]}×${m[2]} PNG`);
  }

  // ribbon actions and their handlers
  const commands = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
  for (const f of all(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
    if (!commands.includes(`associate?.('${f}', ${f})`) || !commands.includes(`export async function ${f}(`)) {
      fail(`FunctionName ${f}: src/commands/commands.ts neither exports nor associates it`);
    }
  }
  for (const pane of all(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g))
    if (pane !== 'Zielwerk.Pane') fail(`TaskpaneId ${pane}: one pane only, Zielwerk.Pane`);
  return problems;
}
