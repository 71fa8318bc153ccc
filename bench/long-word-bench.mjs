// Issue 19, hostile tester: a roadmap item titled with one word of N characters (no spaces), and the time and
// size of its Peta Rencana PDF and DOCX through the use case (`node bench/long-word-bench.mjs [N…]`, after
// `npm run build`). pdfmake broke such a word by a binary search over its rest on every line: 20,000 characters took
// ~85 s and 3.5 GB; with the break opportunities and the 200-character cap (document-text.ts) the time stays flat.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskWorkspace, generateDocumentFiles } from '../packages/server/out/index.js';
import { copyExample } from '../test/helpers/copy-sources.mjs';

const lengths = process.argv.slice(2).map(Number);
const results = [];
for (const length of lengths.length > 0 ? lengths : [100, 1_000, 5_000, 20_000]) {
    const dir = copyExample('minimal', 'spbe-long-word-bench-');
    const file = join(dir, 'minimal.spbe');
    writeFileSync(file, readFileSync(file, 'utf-8').replace('"Manajemen Data"', `"${'A'.repeat(length)}"`));
    const out = mkdtempSync(join(tmpdir(), 'spbe-long-word-out-'));
    const start = performance.now();
    await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana', formats: 'docx,pdf' }, 'id');
    results.push({
        length,
        wallMs: Math.round(performance.now() - start),
        pdfBytes: statSync(join(out, 'peta-rencana-spbe.pdf')).size,
        docxBytes: statSync(join(out, 'peta-rencana-spbe.docx')).size,
        rssMb: Math.round(process.memoryUsage().rss / 1e6)
    });
    rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results, null, 1) + '\n');
