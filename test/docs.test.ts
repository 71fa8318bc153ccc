import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AllIssueCodes, IssueCatalog, nasionalLibraryDocTable, severityText } from 'spbe-model';
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

test('docs/diagnostics.md states each code\'s severity as the issue catalog does, in its table and its section', () => {
    const doc = readFileSync(join(repoRoot, 'docs/diagnostics.md'), 'utf-8');
    expect(severityText('cross-opd-data-not-shared')).toBe('error (tertutup) / warning (terbatas)');
    for (const code of AllIssueCodes) {
        const row = doc.split('\n').find(line => line.startsWith(`| [\`${code}\`]`))!;
        expect(row.split('|')[2].trim(), code).toBe(severityText(code));
        const section = doc.slice(doc.indexOf(`\n## ${code}\n`) + 1).split('\n## ')[0];
        expect(/\n\*\*([^*]+)\*\*/.exec(section)?.[1], code).toBe(severityText(code));
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

test('docs/language.md lists the nasional library as spbe-model holds it (node scripts/gen-nasional-doc.mjs)', () => {
    const doc = readFileSync(join(repoRoot, 'docs/language.md'), 'utf-8');
    const block = doc.slice(doc.indexOf('<!-- nasional-library:start -->'), doc.indexOf('<!-- nasional-library:end -->'));
    expect(block).toBe(`<!-- nasional-library:start -->\n${nasionalLibraryDocTable()}\n`);
    expect(block).toContain('*unverified (belum diverifikasi)*');
});
