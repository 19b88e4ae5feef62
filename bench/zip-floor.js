// The floor of the CLI benchmark (`summarizeCli.ratio`): the zip work any tool does that reads
// this input and writes that output, and nothing else.
//
//   node bench/zip-floor.js INPUT.xlsx WRITTEN-PARTS.zip OUT.xlsx
//
// It opens INPUT as a plain zip and inflates every part (reading), then deflates every part
// that the tool's output holds and did not copy from the input (WRITTEN-PARTS.zip: those
// parts' bytes, stored uncompressed, so taking them out costs a copy), at the level Zielwerk
// uses, and writes them as a zip (writing). Same bytes, same level, same zip library as
// Zielwerk (fflate). The parts an output copies from the input unchanged are left out: a
// writer copies them still compressed, which costs next to nothing.
const { readFileSync, writeFileSync } = require('node:fs');
const { unzipSync, zipSync } = require('fflate');

const [input, written, out] = process.argv.slice(2);
unzipSync(readFileSync(input));
writeFileSync(out, zipSync(unzipSync(readFileSync(written)), { level: 1 }));
