import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

test('every repository path that README.md, docs/*.md and the package READMEs name exists', () => {
    const documents = ['README.md',
        ...readdirSync(join(repoRoot, 'docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`),
        ...readdirSync(join(repoRoot, 'packages')).map(p => `packages/${p}/README.md`).filter(f => existsSync(join(repoRoot, f)))];
    // A path starts at a top-level folder of the repository (not inside a URL or another path) and
    // ends before punctuation; placeholders (`<command>`, `*`) and build outputs (.vsix, out/) are not files.
    const mention = /(?<![\w./-])(?:packages|test|bench|scripts|docs)\/[\w./-]*[\w/]/g;
    const placeholder = /[<*]|\.vsix$|\/out\//;
    const checked: string[] = [];
    const missing: string[] = [];
    for (const doc of documents) {
        const text = readFileSync(join(repoRoot, doc), 'utf-8');
        for (const match of text.matchAll(mention)) {
            const rest = text.slice(match.index + match[0].length);
            if (placeholder.test(match[0]) || /^[<*]/.test(rest)) {
                continue;
            }
            checked.push(match[0]);
            if (!existsSync(join(repoRoot, match[0]))) {
                missing.push(`${doc}: ${match[0]}`);
            }
        }
    }
    expect(checked.filter(p => p.startsWith('packages/')).length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
});

test('docs/language.md lists the nasional library as spbe-model holds it (node scripts/gen-nasional-doc.mjs)', () => {
    const doc = readFileSync(join(repoRoot, 'docs/language.md'), 'utf-8');
    const block = doc.slice(doc.indexOf('<!-- nasional-library:start -->'), doc.indexOf('<!-- nasional-library:end -->'));
    expect(block).toBe(`<!-- nasional-library:start -->\n${nasionalLibraryDocTable()}\n`);
    expect(block).toContain('*unverified (belum diverifikasi)*');
});
