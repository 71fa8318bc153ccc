import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, EmptyWorkspaceError, generateDocumentFiles } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx } from '../helpers/docx-text.js';

/** What the server puts around the built document: the findings appendix's words, the OPD scope, an empty workspace. */

async function arsitekturDocx(params: Record<string, unknown>) {
    const dir = copyExample('kota-kediri', 'spbe-scope-');
    const out = mkdtempSync(join(tmpdir(), 'spbe-scope-out-'));
    await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'arsitektur', formats: 'docx', ...params }, 'id');
    return readDocx(readFileSync(join(out, 'arsitektur-spbe.docx')));
}

describe('the findings appendix in English', () => {
    test('counts agree with their noun and the findings quote no Indonesian keyword', async () => {
        const docx = await arsitekturDocx({ locale: 'en' });
        const intro = docx.paragraphs.find(p => p.text.startsWith('Checking the workspace gave'))!.text;
        expect(intro).toMatch(/ and 1 note\.$/);
        const findings = docx.tables.at(-1)!.map(row => row[1]!);
        expect(findings[0]).toBe('Finding');
        expect(findings.join('\n')).not.toMatch(/\b(fungsi|pribadi|tertutup|terbuka|terbatas|kesehatan|kependudukan|rencana|pengguna|layanan|aplikasi|integrasi)\b/);
        expect(findings.join('\n')).toContain('the same function');
    }, 120_000);
});

describe('--opd', () => {
    test('names the OPD on the cover and limits Lampiran B to that OPD\'s findings', async () => {
        const whole = await arsitekturDocx({});
        const scoped = await arsitekturDocx({ opd: 'DISKOMINFO' });
        const cover = (docx: typeof whole) => docx.paragraphs.slice(0, 12).map(p => p.text);
        expect(cover(scoped)).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
        expect(cover(whole)).not.toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
        const counts = (docx: typeof whole) => docx.tables.at(-1)!.slice(1).map(row => Number(row[2]));
        const total = (docx: typeof whole) => counts(docx).reduce((a, b) => a + b, 0);
        expect(total(whole)).toBeGreaterThan(total(scoped));
        const intro = scoped.paragraphs.find(p => p.text.startsWith('Pemeriksaan ruang kerja menghasilkan'))!.text;
        const [errors, warnings, infos] = /(\d+) galat, (\d+) peringatan, dan (\d+) informasi/.exec(intro)!.slice(1).map(Number);
        expect(errors! + warnings! + infos!).toBe(total(scoped));
        expect(total(scoped)).toBeGreaterThan(0);
    }, 240_000);
});

describe('a workspace with nothing to document', () => {
    const write = (source: string) => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-scope-empty-'));
        writeFileSync(join(dir, 'ws.spbe'), source);
        return dir;
    };
    const generate = async (dir: string, jenis: string) => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-scope-empty-out-'));
        const result = generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis, formats: 'docx,pdf' }, 'id');
        return { out, result };
    };

    test('without a pemda is refused, naming the folder, and nothing is written', async () => {
        const dir = write('opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "P" }\n');
        const { out, result } = await generate(dir, 'peta-rencana,arsitektur');
        const error = await result.then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(EmptyWorkspaceError);
        expect((error as EmptyWorkspaceError).in('id')).toContain(`Ruang kerja ${dir} tidak mendeklarasikan pemda`);
        expect(readdirSync(out)).toEqual([]);
    });

    test('without roadmap items the Peta Rencana is refused; the Arsitektur is still written', async () => {
        const dir = write('pemda KotaContoh "Pemerintah Kota Contoh" { jenis kota periode 2026..2027 }\nopd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "P" }\n');
        const petaRencana = await generate(dir, 'peta-rencana');
        await expect(petaRencana.result).rejects.toThrow(/has no rencana in petaRencana/);
        expect(readdirSync(petaRencana.out)).toEqual([]);
        const arsitektur = await generate(dir, 'arsitektur');
        expect((await arsitektur.result).files.length).toBe(2);
    }, 120_000);
});
