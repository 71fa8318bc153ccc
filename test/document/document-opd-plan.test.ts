import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDocument, type SubmittableDocument } from 'spbe-generators';
import { diskWorkspace, EmptyWorkspaceError, generateDocumentFiles } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';

/** Every paragraph and heading text of a built document. */
function texts(document: SubmittableDocument): string[] {
    return document.chapters.flatMap(c => c.blocks.flatMap(b => 'text' in b && typeof b.text === 'string' ? [b.text] : []));
}

/** Issue 19: the Peta Rencana of one OPD (`--opd`) says what it holds, and is refused when it would hold nothing. */
describe('the Peta Rencana of one OPD', () => {
    test('an OPD without roadmap items is refused like a workspace without items, pointing to --jenis arsitektur', async () => {
        const dir = copyExample('minimal');
        const file = join(dir, 'minimal.spbe');
        writeFileSync(file, `${readFileSync(file, 'utf-8')}\nopd BAPPEDA "Badan Perencanaan" { pic "P" }\n`);
        const out = mkdtempSync(join(tmpdir(), 'spbe-opd-plan-'));
        const run = generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana', formats: 'docx', opd: 'BAPPEDA' }, 'id');
        await expect(run).rejects.toThrow(EmptyWorkspaceError);
        await expect(run).rejects.toThrow(/BAPPEDA.*--jenis arsitektur/);
        // The Arsitektur of the same OPD is still made.
        await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'arsitektur', formats: 'docx', opd: 'BAPPEDA' }, 'id');
    }, 60_000);

    test('counts the muatan its plans use, not always seven', async () => {
        const dir = copyExample('minimal');
        const file = join(dir, 'minimal.spbe');
        // Only PR_3 (layanan) and PR_5 (aplikasi) stay DISKOMINFO's; the others go to a second OPD.
        writeFileSync(file, readFileSync(file, 'utf-8').replace(/(PR_[12467] "[^"]*" \{ muatan \w+ penanggungJawab) DISKOMINFO/g, '$1 BAPPEDA')
            + '\nopd BAPPEDA "Badan Perencanaan" { pic "P" }\n');
        const model = (await diskWorkspace(dir).validated()).model;
        const scoped = texts(buildDocument(model, 'peta-rencana', { locale: 'id', opd: 'DISKOMINFO' })).join('\n');
        expect(scoped).toContain('memuat 2 rencana dalam 2 muatan (layanan dan aplikasi)');
        const english = texts(buildDocument(model, 'peta-rencana', { locale: 'en', opd: 'DISKOMINFO' })).join('\n');
        expect(english).toContain('holds 2 plans in 2 content areas (services and applications)');
        const whole = texts(buildDocument(model, 'peta-rencana', { locale: 'id' })).join('\n');
        expect(whole).toContain('memuat 7 rencana dalam tujuh muatan (tata kelola, manajemen, layanan, infrastruktur, aplikasi, keamanan, dan audit TIK)');
    }, 60_000);

    test('labels the index projection as the whole pemda\'s', async () => {
        const model = (await diskWorkspace(copyExample('kota-kediri')).validated()).model;
        const heading = (opd?: string) => texts(buildDocument(model, 'peta-rencana', { locale: 'id', opd })).find(t => t.startsWith('Proyeksi Indeks'));
        expect(heading()).not.toContain('seluruh pemerintah daerah');
        expect(heading('DISKOMINFO')).toMatch(/^Proyeksi Indeks — .*\(seluruh pemerintah daerah, bukan hanya perangkat daerah ini\)$/);
    }, 60_000);
});

/** The rows of Lampiran A (Berbagi Pakai Lintas OPD): [user OPD, element, relation, used, owner OPD]. */
function sharingRows(document: SubmittableDocument): string[][] {
    const chapter = document.chapters.find(c => c.title === 'Berbagi Pakai Lintas OPD')!;
    const table = chapter.blocks.find(b => b.kind === 'table');
    return table && table.kind === 'table' ? table.rows.map(r => r.cells.map(c => c.text)) : [];
}

describe('Lampiran A of one OPD', () => {
    test('lists where the OPD uses others\' data and applications, and where others use its own', async () => {
        const model = (await diskWorkspace(copyExample('kota-kediri')).validated()).model;
        const whole = sharingRows(buildDocument(model, 'arsitektur', { locale: 'id' }));
        const titles = new Map(model.opds.filter(o => !o.builtin).map(o => [o.title, o.code]));
        const owner = whole.map(row => row[4]!).find(t => titles.has(t))!;
        const code = titles.get(owner)!;
        const scoped = sharingRows(buildDocument(model, 'arsitektur', { locale: 'id', opd: code }));
        const expected = whole.filter(row => row[0] === owner || row[4] === owner);
        expect(expected.some(row => row[0] !== owner)).toBe(true);
        expect(scoped).toEqual(expected);
    }, 60_000);
});
