/**
 * `npm run demo`: Zielwerk's main job on the bundled sample — read it, check it, and
 * (once summaries exist) write the summary workbook to out/. The sample is the state of
 * November 2019, so the reference day is the sample's own "Stand: 15.11.2019".
 */
import { join } from 'node:path';
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
  return 0;
}

demo().then((code) => {
  process.exitCode = code;
});
