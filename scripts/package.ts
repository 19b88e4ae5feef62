/**
 * `npm run package`: the built add-in (dist/) as one zip for an office's IT, after
 * `npm run build -- --env url=https://server/zielwerk/`:
 *
 *   zielwerk-0.1.0-server.zip
 *     manifest.xml     for the Microsoft 365 admin center or the shared-folder catalog
 *     web/             the files to serve at https://server/zielwerk/ (with manifest.xml)
 *     LIESMICH.txt     where each part goes (docs/einrichtung.md has the whole walk-through)
 *
 * A dist/ built for the development server (https://localhost:3000/) is refused: IT could do
 * nothing with it. Options: --dist DIR (default dist), --out FILE (default out/<name>.zip).
 */
import JSZip from 'jszip';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..');

export interface Packaged {
  file: string;
  url: string;
  /** Paths inside the zip. */
  entries: string[];
}

/** The address a built manifest names (its task pane's location without the file name). */
export function manifestUrl(xml: string): string {
  const m = /<SourceLocation DefaultValue="(https:\/\/[^"]+?)taskpane\.html"/.exec(xml);
  if (!m) throw new Error('manifest.xml nennt keine Adresse des Aufgabenbereichs / names no task pane address');
  return m[1];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function readme(url: string, version: string): string {
  return [
    `Zielwerk ${version} für ${url}`,
    '',
    `1. Den Inhalt des Ordners web/ so auf einen HTTPS-Webserver legen, dass ${url}taskpane.html erreichbar ist`,
    '   (IIS, nginx, Apache, Intranet – nur statische Dateien, keine Serverlogik).',
    '2. manifest.xml verteilen: im Microsoft 365 Admin Center unter Einstellungen › Integrierte Apps ›',
    '   Benutzerdefinierte Apps hochladen, oder in einen freigegebenen Netzwerkordner legen, den Excel unter',
    '   Trust Center › Kataloge vertrauenswürdiger Add-Ins kennt.',
    '3. Ein Update: neue Dateien nach web/ kopieren; ein neues manifest.xml braucht es nur, wenn sich die',
    '   Version oder die Adresse ändert.',
    '',
    'Unterstützt: Excel 2021 und 2024 (Office LTSC), Microsoft 365 (Windows, Mac), Excel im Web.',
    'Ausführlich: docs/einrichtung.md im Quellcode von Zielwerk.',
    '',
  ].join('\r\n');
}

export async function packageAddin(options: { dist?: string; out?: string } = {}): Promise<Packaged> {
  const dist = resolve(options.dist ?? join(ROOT, 'dist'));
  let manifest: string;
  try {
    manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
  } catch {
    throw new Error(`${dist} enthält keinen Build – zuerst: npm run build -- --env url=https://server/zielwerk/ / no build in ${dist}`);
  }
  const url = manifestUrl(manifest);
  if (/^https:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url)) {
    throw new Error(
      `dist/ ist für den Entwicklungsserver (${url}) gebaut – zuerst: npm run build -- --env url=https://server/zielwerk/` +
        ` / dist/ is built for the development server: build for the office's address first`,
    );
  }
  const version = /<Version>([^<]+)<\/Version>/.exec(manifest)?.[1] ?? '0';
  const host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '_');
  const out = resolve(options.out ?? join(ROOT, 'out', `zielwerk-${version.replace(/\.0$/, '')}-${host}.zip`));
  const zip = new JSZip();
  zip.file('manifest.xml', manifest);
  zip.file('LIESMICH.txt', readme(url, version));
  for (const f of files(dist)) zip.file(`web/${relative(dist, f).split('\\').join('/')}`, readFileSync(f));
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  return { file: out, url, entries: Object.keys(zip.files).filter((k) => !zip.files[k].dir) };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  packageAddin({ dist: arg('--dist'), out: arg('--out') }).then(
    (p) => console.log(`${relative(process.cwd(), p.file)}: Zielwerk für ${p.url} (${p.entries.length} Dateien)`),
    (e: unknown) => {
      console.error(`Zielwerk: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(2);
    },
  );
}
