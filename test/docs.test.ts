import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AllIssueCodes, IssueCatalog } from 'spbe-model';
import { indonesianDiagnosticsDoc } from 'spbe-language';
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

test('docs/diagnostics.id.md is what the issue catalog and docs/diagnostics.md generate (node scripts/gen-diagnostics-id.mjs)', () => {
    const english = readFileSync(join(repoRoot, 'docs/diagnostics.md'), 'utf-8');
    const indonesian = readFileSync(join(repoRoot, 'docs/diagnostics.id.md'), 'utf-8');
    expect(indonesian).toBe(indonesianDiagnosticsDoc(english));
    for (const code of AllIssueCodes) {
        expect(indonesian, code).toContain(`\n## ${code}\n`);
        expect(indonesian, code).toContain(IssueCatalog[code].summaryId);
    }
});
