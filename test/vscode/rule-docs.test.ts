import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AllIssueCodes, IssueCatalog } from 'spbe-model';
import { ruleCommandLink, rulePage, ruleSection } from '../../packages/vscode/src/extension/rule-docs/rule-section.js';
import { repoRoot } from '../helpers/run-cli.js';

const english = readFileSync(join(repoRoot, 'docs/diagnostics.md'), 'utf-8');
const indonesian = readFileSync(join(repoRoot, 'docs/diagnostics.id.md'), 'utf-8');

test('a link to a rule of the bundled reference becomes a command link with the code; other links stay', () => {
    const link = ruleCommandLink('file:///ext/docs/diagnostics.md#cross-opd-data-not-shared')!;
    expect(link.startsWith('command:spbe.showRule?')).toBe(true);
    expect(JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1)))).toEqual(['cross-opd-data-not-shared']);
    expect(ruleCommandLink('https://example.invalid/rules#x')).toBeUndefined();
    expect(ruleCommandLink('file:///ext/docs/language.md#syntax')).toBeUndefined();
});

test('each code\'s page is its own section: Indonesian first (the catalog\'s line), then the English explanation', () => {
    for (const code of AllIssueCodes) {
        const id = rulePage(code, 'id', english, indonesian)!;
        expect(id.startsWith(`## ${code}\n`), code).toBe(true);
        expect(id, code).toContain(IssueCatalog[code].summaryId);
        expect(id, code).toContain('*English:*');
        expect(id, code).not.toMatch(/\n## /);
        expect(id, code).not.toContain('](diagnostics.md');
        const en = rulePage(code, 'en', english, indonesian)!;
        expect(en, code).toBe(ruleSection(english, code));
        expect(en, code).not.toContain(IssueCatalog[code].summaryId);
    }
    expect(rulePage('no-such-rule', 'id', english, indonesian)).toBeUndefined();
    expect(ruleSection('## a\nx\r\n## b\ny\n', 'a')).toBe('## a\nx');
    expect(ruleSection('## ab\nx\n', 'a')).toBeUndefined();
    expect(ruleSection('\n## a\r\nx\r\n## b\ny\n', 'a')).toBe('## a\nx');
});
