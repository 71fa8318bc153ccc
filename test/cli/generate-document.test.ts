import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx } from '../helpers/docx-text.js';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';

describe('spbe generate dokumen', () => {
    test('one command on the example gives both documents as DOCX and PDF in <dir>/out; sources untouched', async () => {
        const dir = copyExample('kota-kediri', 'spbe-dok-');
        const before = readFileSync(join(dir, 'peta-rencana.spbe'), 'utf-8');
        // Both documents in both formats, diagrams included: slower than one roadmap format on a busy machine.
        const r = runCli(['generate', 'dokumen', dir], { timeout: spawningTestTimeout - 10_000 });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout.trim().split('\n').map(line => line.replace(/^.*[\\/]/, ''))).toEqual(['peta-rencana-spbe.docx', 'peta-rencana-spbe.pdf', 'arsitektur-spbe.docx', 'arsitektur-spbe.pdf']);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['arsitektur-spbe.docx', 'arsitektur-spbe.pdf', 'peta-rencana-spbe.docx', 'peta-rencana-spbe.pdf']);
        expect(readFileSync(join(dir, 'out', 'peta-rencana-spbe.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
        expect((await readDocx(readFileSync(join(dir, 'out', 'arsitektur-spbe.docx')))).paragraphs[0].text).toBe('LAMPIRAN PERATURAN WALI KOTA KEDIRI');
        expect(readFileSync(join(dir, 'peta-rencana.spbe'), 'utf-8')).toBe(before);
    }, spawningTestTimeout);

    test('--jenis, --format, -o and --opd choose what is written', () => {
        const dir = copyExample('kota-kediri', 'spbe-dok-');
        const out = join(dir, '..', `${dir.split(/[\\/]/).pop()}-docs`);
        const r = runCli(['generate', 'dokumen', dir, '--jenis', 'arsitektur', '--format', 'docx', '-o', out, '--opd', 'DISKOMINFO']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(readdirSync(out)).toEqual(['arsitektur-spbe.docx']);
    }, spawningTestTimeout);

    test('bad parameters exit 2 with a message in the user\'s language; a workspace with errors exits 1 naming file:line', () => {
        const dir = copyExample('kota-kediri', 'spbe-dok-');
        const jenis = runCli(['generate', 'dokumen', dir, '--jenis', 'rencana-induk']);
        expect(jenis.code).toBe(2);
        expect(jenis.stderr).toContain('jenis dokumen tidak dikenal: "rencana-induk"; pilih dari peta-rencana, arsitektur');
        const english = runCli(['generate', 'dokumen', dir, '--format', 'odt', '--locale', 'en']);
        expect(english.code).toBe(2);
        expect(english.stderr).toContain('unknown dokumen format odt; choose from docx, pdf');
        writeFileSync(join(dir, 'rusak.spbe'), 'opd RUSAK "Rusak" {\n    aplikasi A { hosting TIDAK_ADA }\n}\n');
        const broken = runCli(['generate', 'dokumen', dir, '--format', 'docx']);
        expect(broken.code).toBe(1);
        expect(broken.stderr).toMatch(/rusak\.spbe:2/);
        expect(broken.stderr).toContain('--allow-errors');
    }, spawningTestTimeout);
});

describe('spbe generate dokumen on a workspace without a pemda', () => {
    test('exits non-zero with a message naming the folder, in the user\'s language; nothing is written', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-dok-empty-'));
        writeFileSync(join(dir, 'ws.spbe'), 'opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "P" }\n');
        const r = runCli(['generate', 'dokumen', dir]);
        expect(r.code).not.toBe(0);
        expect(r.stderr).toContain(`Ruang kerja ${dir} tidak mendeklarasikan pemda`);
        expect(existsSync(join(dir, 'out'))).toBe(false);
        const en = runCli(['generate', 'dokumen', dir, '--locale', 'en']);
        expect(en.code).not.toBe(0);
        expect(en.stderr).toContain(`The workspace ${dir} declares no pemda`);
    }, spawningTestTimeout);
});

/** Issue 19: what a hostile tester found in the command's options and its stderr. */
describe('spbe generate dokumen options', () => {
    test('repeated --jenis and --format add up; the diagram emoji warning ends its line', () => {
        const dir = copyExample('minimal', 'spbe-dok-opt-');
        const file = join(dir, 'minimal.spbe');
        writeFileSync(file, readFileSync(file, 'utf-8').replace('"Jaringan Intra"', '"Jaringan Intra \u{1F680}"'));
        const out = mkdtempSync(join(tmpdir(), 'spbe-dok-opt-out-'));
        const r = runCli(['generate', 'dokumen', dir, '--jenis', 'peta-rencana', '--jenis', 'arsitektur', '-f', 'docx', '-o', out]);
        expect(r.code).toBe(0);
        expect(readdirSync(out).sort()).toEqual(['arsitektur-spbe.docx', 'peta-rencana-spbe.docx']);
        expect(r.stderr).toMatch(/^Diagram: .*kotak kosong: \u{1F680} \(U\+1F680\)\n$/u);
    }, spawningTestTimeout);

    test('--locale in capitals is accepted (its messages already followed it)', () => {
        const dir = copyExample('minimal', 'spbe-dok-opt-');
        const r = runCli(['generate', 'dokumen', dir, '--locale', 'EN', '--jenis', 'rencana-induk']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('unknown document kind "rencana-induk"');
    }, spawningTestTimeout);

    test('an empty -o, -o at the workspace and an unknown --opd are refused (exit 2) before anything is written', () => {
        const dir = copyExample('minimal', 'spbe-dok-opt-');
        const empty = runCli(['generate', 'dokumen', dir, '-o', '']);
        expect(empty.code).toBe(2);
        expect(empty.stderr).toContain('jalur kosong');
        const sources = runCli(['generate', 'dokumen', dir, '-f', 'docx', '-o', dir]);
        expect(sources.code).toBe(2);
        expect(sources.stderr).toContain(`Menolak menulis dokumen ke ${dir}: folder itu berisi sumber .spbe`);
        expect(readdirSync(dir).filter(name => !name.endsWith('.spbe'))).toEqual([]);
        const opd = runCli(['generate', 'dokumen', dir, '--opd', 'NOPE']);
        expect(opd.code).toBe(2);
        expect(opd.stderr).toContain('tidak ada OPD "NOPE" di ruang kerja; pilih kode OPD yang dideklarasikan (1 OPD yang dideklarasikan: DISKOMINFO)');
    }, spawningTestTimeout);

    test('--opd nasional, which the list of valid codes does not name, is refused too (exit 2), saying why', () => {
        const dir = copyExample('minimal', 'spbe-dok-opt-');
        const out = mkdtempSync(join(tmpdir(), 'spbe-dok-nasional-'));
        const r = runCli(['generate', 'dokumen', dir, '--jenis', 'arsitektur', '-f', 'docx', '-o', out, '--opd', 'nasional']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('"nasional" adalah pustaka nasional bawaan, bukan OPD ruang kerja; pilih kode OPD yang dideklarasikan (1 OPD yang dideklarasikan: DISKOMINFO)');
        expect(readdirSync(out)).toEqual([]);
        const en = runCli(['generate', 'roadmap', dir, '-f', 'json', '-o', out, '--opd', 'nasional', '--locale', 'en']);
        expect(en.code).toBe(2);
        expect(en.stderr).toContain('"nasional" is the built-in national library, not an OPD of the workspace; choose a declared OPD code (1 declared OPD(s): DISKOMINFO)');
    }, spawningTestTimeout);
});
