/**
 * Printing the generated sheets: every one prints on A4 landscape with no text below 8 pt,
 * one page wide where that keeps 8 pt, else across further pages with its first columns and
 * its header row repeated. Checked twice: from the page setup written into the file (scale ×
 * the smallest font of the sheet), and in LibreOffice's rendering (page count and the height
 * of every printed word, with pdftotext from poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/core/extract';
import { existingSheets, readSnapshot, type SheetPlan, structure, summarize, summaryOptions } from '../src/core/summarize';
import { columnPoints, MIN_PRINT_PT } from '../src/core/summarize/writer';
import { validate } from '../src/core/validate';
import { applyPlanToPackage } from '../src/xlsx/package';
import { readWorkbookBuffer } from '../src/xlsx/read';
import { inflate, readZip } from '../src/xlsx/zip';

const SAMPLE = join(__dirname, '..', 'samples', 'umsetzungsstand-2019.xlsx');
const TODAY = '2019-11-15';

/** The sample summarized, then structured: the file and both plans. */
async function generated(): Promise<{ bytes: Uint8Array; plans: SheetPlan[] }> {
  let bytes: Uint8Array = readFileSync(SAMPLE);
  const plans: SheetPlan[] = [];
  for (const kind of ['summarize', 'structure'] as const) {
    const { grids } = await readWorkbookBuffer(bytes);
    const model = extract(grids);
    const o = summaryOptions({ today: TODAY, lang: 'de' });
    const plan =
      kind === 'summarize'
        ? summarize(
            {
              model,
              findings: validate(model, { today: TODAY, lang: 'de' }),
              existing: existingSheets(grids),
              previous: readSnapshot(grids),
            },
            o,
          )
        : structure({ model, existing: existingSheets(grids) }, o);
    bytes = applyPlanToPackage(bytes, plan).bytes;
    plans.push(plan);
  }
  return { bytes, plans };
}

const printed = (plans: SheetPlan[]) => plans.flatMap((p) => p.sheets).filter((s) => s.visibility === 'visible');

describe('the page setup of every generated sheet', () => {
  it('prints A4 landscape at a scale that keeps the smallest text at 8 pt or more', async () => {
    const { bytes, plans } = await generated();
    // the file carries a fixed scale on every generated sheet, never "fit to page"
    const theirs = new Set(readZip(readFileSync(SAMPLE)).map((e) => e.name));
    const sheetsXml = readZip(bytes)
      .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name) && !theirs.has(e.name))
      .map((e) => new TextDecoder().decode(inflate(e)));
    const sheets = printed(plans);
    expect(sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Übersicht (Zielwerk)',
        'Fällig',
        'Zeitplan',
        'Prüfbericht',
        'Änderungen',
        'Ziele',
        'Meilensteine',
        'Partnerliste',
      ]),
    );
    const scales = sheetsXml
      .map((x) => /<pageSetup [^>]*scale="(\d+)"/.exec(x)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(scales.sort()).toEqual(sheets.map((s) => s.print!.scale).sort());
    expect(sheetsXml.some((x) => x.includes('fitToPage') || x.includes('fitToWidth'))).toBe(false);
    for (const s of sheets) {
      // every sheet has its page setup from the first run on (Änderungen and the Struktur tables too)
      expect([s.name, s.print?.landscape]).toEqual([s.name, true]);
      const smallest = Math.min(11, ...s.formats.filter((f) => f.size !== undefined).map((f) => f.size!));
      expect([s.name, (smallest * s.print!.scale) / 100 >= MIN_PRINT_PT]).toEqual([s.name, true]);
      // one page wide only where that is readable; wider sheets repeat their first columns
      const width = s.columns.reduce((sum, c) => sum + columnPoints(c.width), 0);
      const room = 842 - (s.print!.margins.left + s.print!.margins.right) * 72;
      if (s.print!.pagesAcross === 1) expect([s.name, (width * s.print!.scale) / 100 <= room]).toEqual([s.name, true]);
      else expect([s.name, s.print!.repeatColumns]).toEqual([s.name, expect.stringMatching(/^A:[A-Z]$/)]);
    }
  });
});

/** LibreOffice and pdftotext, when they are there (CI installs both; locally they may be missing). */
const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
const pdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
if (!soffice || !pdftotext) {
  if (process.env.CI)
    throw new Error('LibreOffice (soffice) or pdftotext is missing: CI must install libreoffice-calc and poppler-utils (.ci/run)');
  console.warn('LibreOffice or pdftotext not found: the printed pages are not checked (apt-get install libreoffice-calc poppler-utils).');
}

interface Page {
  width: number;
  height: number;
  header: string;
  text: string;
  /** Height of the lowest printed word, in points. */
  smallest: number;
}

/** The pages of a PDF with their words (pdftotext -bbox): the header is the page's top line. */
function pages(pdf: string): Page[] {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => {
    const words = [...p[3].matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      top: Number(w[1]),
      height: Number(w[2]) - Number(w[1]),
      text: w[3]
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    }));
    const top = Math.min(...words.map((w) => w.top));
    return {
      width: Number(p[1]),
      height: Number(p[2]),
      header: words
        .filter((w) => w.top < top + 3)
        .map((w) => w.text)
        .join(' '),
      text: words.map((w) => w.text).join(' '),
      smallest: Math.min(...words.map((w) => w.height)),
    };
  });
}

/** A printed word is about 1.3 times as high as its font size (ascent and descent of Carlito/Calibri). */
const LINE_PER_PT = 1.3;

(soffice && pdftotext ? it : it.skip)(
  'LibreOffice prints every generated sheet at 8 pt or more, one page wide or with its columns repeated',
  async () => {
    const { bytes, plans } = await generated();
    const dir = mkdtempSync(join(tmpdir(), 'zielwerk-print-'));
    writeFileSync(join(dir, 'sitzung.xlsx'), bytes);
    spawnSync(
      soffice!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'lo')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'sitzung.xlsx'),
      ],
      {
        stdio: 'ignore',
        timeout: 300_000,
      },
    );
    const all = pages(join(dir, 'sitzung.pdf'));
    expect(all.length).toBeGreaterThan(0);
    for (const s of printed(plans)) {
      const own = all.filter((p) => p.header === s.print!.header);
      expect([s.name, own.length > 0]).toEqual([s.name, true]);
      for (const [i, p] of own.entries()) {
        const where = `${s.name}, page ${i + 1}`;
        // A4 landscape
        expect([where, Math.round(p.width), Math.round(p.height)]).toEqual([where, 842, 595]);
        // no printed word smaller than 8 pt (a little tolerance for rounding in the PDF)
        expect([where, p.smallest / LINE_PER_PT >= MIN_PRINT_PT - 0.2]).toEqual([where, true]);
        // the header row repeats on every page; wide sheets repeat their first column's title too
        const header = s.values[Number(s.print!.repeatRows?.split(':')[0] ?? 0) - 1] ?? [];
        if (s.print!.repeatRows) expect([where, p.text.includes(String(header[0]).split(' ')[0])]).toEqual([where, true]);
        if (s.print!.pagesAcross === 1 && s.print!.repeatRows) {
          const lastTitle = String(header.filter((v) => typeof v === 'string').pop()).split(' ')[0];
          expect([where, p.text.includes(lastTitle)]).toEqual([where, true]);
        }
      }
      // a wider sheet takes at least its pages across
      expect([s.name, own.length >= s.print!.pagesAcross]).toEqual([s.name, true]);
    }
    // the goals table printed on a few landscape pages, not on 14 portrait ones
    expect(all.filter((p) => p.header === 'Ziele (Tabelle)').length).toBeLessThanOrEqual(8);
  },
  300_000,
);
