/**
 * `npm run demo`: Zielwerk's main job on the bundled sample — read it, check it, and write
 * the summarized workbook to out/; then a Word status-check record read in and the next one written. The sample is the state of November 2019, so the
 * reference day is the sample's own "Stand: 15.11.2019".
 */
import { join, relative } from 'node:path';
import { main } from '../src/cli/main';

const SAMPLE = join(__dirname, '..', 'samples', 'umsetzungsstand-2019.xlsx');
const TODAY = '2019-11-15';

async function demo(): Promise<number> {
  const rule = (title: string) => process.stdout.write(`\n${'═'.repeat(8)} ${title} ${'═'.repeat(Math.max(4, 90 - title.length))}\n\n`);
  rule('zielwerk extract samples/umsetzungsstand-2019.xlsx');
  const a = await main(['extract', SAMPLE]);
  if (a === 2) return 2;
  rule(`zielwerk validate samples/umsetzungsstand-2019.xlsx --today ${TODAY}`);
  const b = await main(['validate', SAMPLE, '--today', TODAY]);
  if (b === 2) return 2;
  // validate exits 1 when the workbook has errors; for the demo that is the expected outcome
  const out = join(__dirname, '..', 'out', 'umsetzungsstand-2019-zusammenfassung.xlsx');
  rule(`zielwerk summarize samples/umsetzungsstand-2019.xlsx -o ${relative(process.cwd(), out)} --today ${TODAY}`);
  const c = await main(['summarize', SAMPLE, '-o', out, '--today', TODAY]);
  if (c !== 0) return c;
  // documents in and out: a status-check record read into a new workbook, the next record written
  const record = join(__dirname, '..', 'test', 'data', 'documents', 'seed-000.txt');
  const imported = join(__dirname, '..', 'out', 'nachfrage-7.47-7.49.xlsx');
  rule(`zielwerk import ${relative(process.cwd(), record)} -o ${relative(process.cwd(), imported)}`);
  const d = await main(['import', record, '-o', imported]);
  if (d !== 0) return d;
  const report = join(__dirname, '..', 'out', 'nachfrage-7.47.docx');
  rule(`zielwerk report samples/umsetzungsstand-2019.xlsx --kind nachfrage --goal 7.47 -o ${relative(process.cwd(), report)}`);
  const e = await main(['report', SAMPLE, '--kind', 'nachfrage', '--goal', '7.47', '-o', report, '--today', TODAY]);
  if (e !== 0) return e;
  process.stdout.write(`\nDie Zusammenfassung liegt in ${relative(process.cwd(), out)} – in Excel oder LibreOffice öffnen;\n`);
  process.stdout.write(`das Protokoll der nächsten Nachfrage zu 7.47 in ${relative(process.cwd(), report)} (Word).\n`);
  return 0;
}

demo().then((code) => {
  process.exitCode = code;
});
