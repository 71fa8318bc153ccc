import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteOf } from './site-fixture.js';

/** A workspace folder holding `files` (name → text). */
function workspaceOf(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-site-hostile-'));
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

/** The finding rows of every page of a site. */
function findingRows(site: Map<string, string>): string[] {
    return [...site].filter(([name]) => name.endsWith('.html')).flatMap(([, html]) => html.match(/<tr class="finding">.*?<\/tr>/g) ?? []);
}

describe('the portal of a hostile workspace', () => {
    test('code in backticks in a finding\'s message stays as the user must type it', async () => {
        const dir = workspaceOf({
            'e.spbe': 'opd SETWAN "S" { pic "x" aplikasi A "App" { fungsi tidakAda basis web } }\n',
            'pr.spbe': 'petaRencana { rencana R "r" { muatan nope tahun 2099 } }\n'
        });
        for (const locale of ['id', 'en'] as const) {
            const rows = findingRows(await siteOf(dir, { locale })).join('\n');
            expect(rows, locale).toContain('tataKelola');
            expect(rows, locale).not.toMatch(/`(Tata Kelola SPBE|Audit TIK|Barang Milik Daerah)`/);
        }
    }, 60_000);
});
