// The layered view's cost: layout + SVG, then PNG, for Kota Kediri and a generated 5,000-element
// city, default (folded past a page) and --expand. Each run in its own process (diagram-bench.mjs),
// timed from the semantic model. Build first (`npm run build`); run with `node bench/layered-bench.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticWorkspace } from './synthetic-workspace.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const run = (dir, mode) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', join(here, 'diagram-bench.mjs'), dir, mode], { encoding: 'utf-8' }));
const city = mkdtempSync(join(tmpdir(), 'spbe-layered-bench-'));
writeSyntheticWorkspace(city, 5000);
try {
    for (const [name, dir] of [['Kota Kediri', join(here, '..', 'examples', 'kota-kediri')], ['5,000-element city', city]]) {
        for (const mode of ['default', 'expand']) {
            const r = run(dir, mode);
            console.log(`${name.padEnd(20)} ${mode.padEnd(8)} layout+SVG ${String(r.svgMs).padStart(6)} ms   PNG ${String(r.pngMs).padStart(6)} ms   ${(r.pngBytes / 1e6).toFixed(1)} MB`);
        }
    }
} finally {
    rmSync(city, { recursive: true, force: true });
}
