// The floor of the CLI benchmark: open an .xlsx as a plain zip (inflate every part) and write
// it again (deflate every part, fast level, as Zielwerk deflates its own parts), nothing else.
// Any tool that reads a workbook and writes a copy does at least this; it uses the same zip
// library as Zielwerk (fflate).
const { readFileSync, writeFileSync } = require('node:fs');
const { unzipSync, zipSync } = require('fflate');
writeFileSync(process.argv[3], zipSync(unzipSync(readFileSync(process.argv[2])), { level: 1 }));
