// Writes the table of the built-in `nasional` library into docs/language.md (between the
// `nasional-library` markers) from spbe-model's NasionalEntries. Run after `npm run build` whenever
// the library changes; test/docs.test.ts fails while the committed table differs from what this writes.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { nasionalLibraryDocTable } from 'spbe-model';

const path = 'docs/language.md';
const start = '<!-- nasional-library:start -->';
const end = '<!-- nasional-library:end -->';
const text = readFileSync(path, 'utf-8');
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) {
    console.error(`${path}: the markers ${start} … ${end} are missing`);
    process.exit(1);
}
writeFileSync(`${path}.tmp`, `${text.slice(0, from + start.length)}\n${nasionalLibraryDocTable()}\n${text.slice(to)}`);
renameSync(`${path}.tmp`, path);
console.log(`wrote the nasional library table of ${path}`);
