// Child process: loads a workspace, then edits the file that most references point into and
// measures the time until fresh diagnostics, the way the language server rebuilds on a change:
// fast checks as you type (the editor's default), and all checks (what a save does).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'langium';
import { loadWorkspace } from '../packages/server/out/index.js';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 5);
const ws = await loadWorkspace(dir);
const builder = ws.services.shared.workspace.DocumentBuilder;
// OPD_000's elements are the targets of every other OPD's cross-OPD references.
const file = join(dir, 'opd', 'opd_000.spbe');
const uri = URI.file(file);
const original = readFileSync(file, 'utf-8');
const results = { fast: [], all: [] };
for (let round = 0; round < rounds; round++) {
    for (const mode of ['fast', 'all']) {
        writeFileSync(file, original.replace('"PIC 0"', `"PIC 0 edit ${round}-${mode}"`));
        const start = performance.now();
        builder.updateBuildOptions = { validation: mode === 'fast' ? { categories: ['built-in', 'fast'] } : true };
        await builder.update([uri], []);
        const document = ws.services.shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document?.diagnostics) {
            throw new Error('no diagnostics after the edit');
        }
        results[mode].push(performance.now() - start);
    }
}
writeFileSync(file, original);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
process.stdout.write(JSON.stringify({ fastMs: median(results.fast), allMs: median(results.all) }) + '\n');
