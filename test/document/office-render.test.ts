import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The DOCX opened by a real office suite (Debian's LibreOffice, headless, installed by
 * test/e2e/setup.sh): it converts to PDF without error. Pages of both PDFs (LibreOffice's and
 * ours) are rendered to PNG in test-results/documents/ (CI keeps them as artifacts) to look at.
 */
const has = (command: string) => spawnSync(command, ['--version'], { encoding: 'utf-8' }).error === undefined;
const tools = has('soffice') && has('pdftoppm');
const artifacts = join(repoRoot, 'test-results', 'documents');

describe.skipIf(!tools)('the documents in LibreOffice', () => {
    test('each DOCX converts to PDF headless; the pages of both PDFs are rendered to PNG', async () => {
        const dir = copyExample('kota-kediri', 'spbe-office-');
        const out = mkdtempSync(join(tmpdir(), 'spbe-office-out-'));
        await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana,arsitektur', formats: 'docx,pdf' }, 'id');
        rmSync(artifacts, { recursive: true, force: true });
        mkdirSync(artifacts, { recursive: true });
        // A profile of its own: a second soffice on the machine would otherwise hand the job to the first and exit.
        const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'spbe-office-profile-'))).href;
        const converted = join(out, 'libreoffice');
        for (const jenis of ['peta-rencana', 'arsitektur']) {
            const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', converted, join(out, `${jenis}-spbe.docx`)],
                { encoding: 'utf-8', timeout: 240_000 });
            expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
            const pdf = join(converted, `${jenis}-spbe.pdf`);
            expect(existsSync(pdf), result.stdout).toBe(true);
            expect(pdfPages(pdf)).toBeGreaterThan(4);
            const text = pdfText(pdf);
            expect(text).toContain('LAMPIRAN PERATURAN WALI KOTA KEDIRI');
            expect(text).toContain('BAB I PENDAHULUAN');
            expect(text).toContain('WALI KOTA KEDIRI,');
            // The table columns are as wide as their longest word, as in the PDF: a year range never breaks ("2027–" / "2029").
            const laidOut = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 }).stdout;
            expect(laidOut.split('\n').filter(line => /\b20\d\d–(?!\d)/.test(line)), jenis).toEqual([]);
            // The table of contents as LibreOffice lays it out, without Word updating any field: every entry ends with its page.
            const contents = spawnSync('pdftotext', ['-layout', '-f', '2', '-l', '2', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf-8' }).stdout
                .split('\n').map(line => line.trim()).filter(line => /^(BAB|LAMPIRAN) /.test(line));
            expect(contents.length, jenis).toBeGreaterThan(4);
            expect(contents.filter(line => !/[.\s]\d+$/.test(line)), jenis).toEqual([]);
            for (const [source, name] of [[pdf, `${jenis}-libreoffice`], [join(out, `${jenis}-spbe.pdf`), `${jenis}-pdfmake`]]) {
                const rendered = spawnSync('pdftoppm', ['-r', '50', '-png', source, join(artifacts, name)], { encoding: 'utf-8', timeout: 240_000 });
                expect(rendered.status, rendered.stderr).toBe(0);
            }
        }
        const pngs = readdirSync(artifacts);
        for (const prefix of ['peta-rencana-libreoffice', 'peta-rencana-pdfmake', 'arsitektur-libreoffice', 'arsitektur-pdfmake']) {
            expect(pngs.filter(f => f.startsWith(prefix) && f.endsWith('.png')).length, prefix).toBeGreaterThan(4);
        }
    }, 600_000);
});
