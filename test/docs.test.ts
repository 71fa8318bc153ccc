import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AllIssueCodes, IssueCatalog } from 'spbe-language';
import { repoRoot } from './helpers/run-cli.js';

test('docs/diagnostics.md documents every code with its anchor and the catalog\'s slow flag', () => {
    const doc = readFileSync(join(repoRoot, 'docs/diagnostics.md'), 'utf-8');
    for (const code of AllIssueCodes) {
        expect(doc, code).toContain(`\n## ${code}\n`);
        const row = doc.split('\n').find(line => line.startsWith(`| [\`${code}\`]`));
        expect(row, code).toBeDefined();
        expect(row!.endsWith(IssueCatalog[code].slow ? '| yes |' : '| no |'), code).toBe(true);
    }
});
