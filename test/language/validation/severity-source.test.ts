import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AllIssueCodes, IssueCatalog, issueSeverity } from 'spbe-model';
import { repoRoot } from '../../helpers/run-cli.js';

// A diagnostic's severity is stated once, in the issue catalog (spbe-model); the checks take it from
// there and docs/diagnostics.md is compared with it (test/docs.test.ts).

test('no check of the language package states a severity of its own', () => {
    const dir = join(repoRoot, 'packages/language/src/validation');
    const stated = readdirSync(dir).filter(f => f.endsWith('.ts')).flatMap(file => {
        const text = readFileSync(join(dir, file), 'utf-8');
        return [...text.matchAll(/\b(?:report|reporter\([^)]*\)|accept|toDiagnostic)\(\s*'(?:error|warning|info|hint)'/g)].map(m => `${file}: ${m[0]}`);
    });
    expect(stated).toEqual([]);
});

test('a code\'s severity is the catalog\'s, by variant where the catalog lists variants', () => {
    for (const code of AllIssueCodes) {
        expect(issueSeverity(code), code).toBe(IssueCatalog[code].severity);
        expect(issueSeverity(code, 'no-such-variant'), code).toBe(IssueCatalog[code].severity);
    }
    expect(issueSeverity('cross-opd-data-not-shared', 'terbatas')).toBe('warning');
    expect(issueSeverity('cross-opd-data-not-shared', 'tertutup')).toBe('error');
    expect(issueSeverity('opd-missing-pic')).toBe('warning');
});
