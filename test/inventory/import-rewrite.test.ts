import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportInventory } from 'spbe-generators';
import { importInventory, loadWorkspace } from 'spbe-server';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { workspaceCopy } from './inventory-fixture.js';

function tempDir(prefix: string): string {
    return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of examples/minimal: pemda, DISKOMINFO and seven roadmap items share one file. */
function minimalCopy(): string {
    const dir = join(tempDir('spbe-rewrite-'), 'ws');
    cpSync(join(repoRoot, 'examples/minimal'), dir, { recursive: true });
    return dir;
}

async function exported(ws: string, format: 'xlsx' | 'csv'): Promise<string[]> {
    const out = tempDir('spbe-rewrite-out-');
    const files = await exportInventory((await loadWorkspace(ws)).model(), format, { csvSeparator: ',' });
    files.forEach(f => writeFileSync(join(out, f.name), f.content));
    return files.map(f => join(out, f.name));
}

function csv(name: string, rows: string[][]): string {
    const file = join(tempDir('spbe-rewrite-csv-'), name);
    writeFileSync(file, rows.map(r => r.join(',')).join('\r\n') + '\r\n');
    return file;
}

/** The text before and after `opd CODE … }` (a block without nested `opd`): what an import must keep. */
function aroundBlock(text: string, code: string): [string, string] {
    const start = text.indexOf(`opd ${code} `);
    let depth = 0;
    for (let i = text.indexOf('{', start); i < text.length; i++) {
        depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
        if (depth === 0) {
            return [text.slice(0, start), text.slice(i + 1)];
        }
    }
    throw new Error(`no block for ${code}`);
}

describe('spbe import replaces only the OPD block it owns (examples/minimal)', () => {
    test('an unchanged round trip (export, import back): "no changes", the file is not rewritten, exit 0', async () => {
        const ws = minimalCopy();
        const file = join(ws, 'minimal.spbe');
        const before = readFileSync(file);
        const mtime = statSync(file).mtimeMs;
        const [xlsx] = await exported(ws, 'xlsx');
        const r = runCli(['import', xlsx, '--opd', 'DISKOMINFO', '-w', ws, '--force']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('6 elemen (OPD DISKOMINFO) — tidak berubah, tidak ditulis ulang');
        expect(readFileSync(file).equals(before)).toBe(true);
        expect(statSync(file).mtimeMs).toBe(mtime);
        const json = JSON.parse(runCli(['import', xlsx, '--opd', 'DISKOMINFO', '-w', ws, '--force', '-f', 'json']).stdout);
        expect([json.written, json.files[0].changed]).toEqual([false, false]);
    });

    test('a changed inventory rewrites the DISKOMINFO block only: the pemda, the 7 roadmap items and the comments stay byte for byte', async () => {
        const ws = minimalCopy();
        const file = join(ws, 'minimal.spbe');
        const original = readFileSync(file, 'utf-8');
        const files = await exported(ws, 'csv');
        const apps = files.find(f => f.endsWith('inventaris-aplikasi.csv'))!;
        writeFileSync(apps, `${readFileSync(apps, 'utf-8')}DISKOMINFO,SIMPEG,Sistem Kepegawaian,,kepegawaian\r\n`);
        const outcome = await importInventory({ files, workspace: ws, opds: ['DISKOMINFO'], locale: 'en', force: true });
        expect(outcome.problems).toEqual([]);
        expect(outcome.written).toBe(true);
        const after = readFileSync(file, 'utf-8');
        expect(aroundBlock(after, 'DISKOMINFO')).toEqual(aroundBlock(original, 'DISKOMINFO'));
        expect(after).toContain('aplikasi SIMPEG "Sistem Kepegawaian"');
        const model = (await loadWorkspace(ws)).model();
        expect(model.pemda?.name).toBe('KabContoh');
        expect(model.items).toHaveLength(7);
        expect(model.elements.filter(e => e.opd === 'DISKOMINFO')).toHaveLength(7);
    });
});

describe('spbe import: a target holding other declarations', () => {
    test('-o onto a file that declares another OPD is refused: DINKES stays, exit 2, nothing written', () => {
        const ws = workspaceCopy();
        const dinkes = readFileSync(join(ws, 'opd/dinkes.spbe'));
        const input = csv('inventaris-aplikasi.csv', [['OPD', 'ID', 'Nama', 'Fungsi'], ['BARU', 'APP_BARU', 'Aplikasi Baru', 'sektoral']]);
        const r = runCli(['import', input, '--opd', 'BARU', '-w', ws, '-o', join(ws, 'opd/dinkes.spbe'), '--force', '--locale', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('spbe: opd/dinkes.spbe declares OPD DINKES, not BARU; an import never replaces another OPD: choose another file with -o.\n');
        expect(readFileSync(join(ws, 'opd/dinkes.spbe')).equals(dinkes)).toBe(true);
    });

    test('-o onto a file with no OPD (the pemda\'s) appends the block and keeps every byte before it', async () => {
        const ws = workspaceCopy();
        const pemda = readFileSync(join(ws, 'pemda.spbe'), 'utf-8');
        const input = csv('inventaris-aplikasi.csv', [['OPD', 'ID', 'Nama', 'Fungsi'], ['BARU', 'APP_BARU', 'Aplikasi Baru', 'sektoral']]);
        const outcome = await importInventory({ files: [input], workspace: ws, opds: ['BARU'], output: join(ws, 'pemda.spbe'), locale: 'en', force: true });
        expect(outcome.problems).toEqual([]);
        const after = readFileSync(join(ws, 'pemda.spbe'), 'utf-8');
        expect(after.startsWith(pemda)).toBe(true);
        expect(after.slice(pemda.length)).toMatch(/^\nopd BARU \{\n {4}aplikasi APP_BARU "Aplikasi Baru" \{\n {8}fungsi sektoral\n {4}\}\n\}\n$/);
    });

    test('without --force an existing file is never touched', async () => {
        const ws = workspaceCopy();
        const input = csv('inventaris-aplikasi.csv', [['OPD', 'ID', 'Nama', 'Fungsi'], ['BARU', 'APP_BARU', 'Aplikasi Baru', 'sektoral']]);
        await expect(importInventory({ files: [input], workspace: ws, opds: ['BARU'], output: join(ws, 'pemda.spbe'), locale: 'en' }))
            .rejects.toThrow(/pemda\.spbe exists; pass --force to replace OPD BARU's block in it \(the rest of the file is kept\)/);
    });

    test('a comment inside the replaced block would be lost: refused with its file:line', async () => {
        const ws = workspaceCopy();
        const file = join(ws, 'opd/dinkes.spbe');
        const text = readFileSync(file, 'utf-8').replace(/\{\n/, '{\n    // disepakati rapat 3 Maret: jangan dihapus\n');
        writeFileSync(file, text);
        const input = csv('inventaris-aplikasi.csv', [['OPD', 'ID', 'Nama', 'Fungsi'], ['DINKES', 'APP_BARU', 'Aplikasi Baru', 'sektoral']]);
        await expect(importInventory({ files: [input], workspace: ws, opds: ['DINKES'], locale: 'en', force: true }))
            .rejects.toThrow("opd/dinkes.spbe:2: a comment inside OPD DINKES's block is not in the inventory and would be lost; move it above the 'opd DINKES' line and import again.");
        expect(readFileSync(file, 'utf-8')).toBe(text);
    });

    test('a target that is not valid UTF-8 is refused: decoding would replace the byte and writing back would change it', async () => {
        const ws = workspaceCopy();
        const file = join(ws, 'opd/dinkes.spbe');
        const bytes = Buffer.concat([Buffer.from('// Catatan lama: caf'), Buffer.from([0xe9]), Buffer.from('\n'), readFileSync(file)]);
        writeFileSync(file, bytes);
        const input = csv('inventaris-aplikasi.csv', [['OPD', 'ID', 'Nama', 'Fungsi'], ['DINKES', 'APP_BARU', 'Aplikasi Baru', 'sektoral']]);
        await expect(importInventory({ files: [input], workspace: ws, opds: ['DINKES'], locale: 'en', force: true }))
            .rejects.toThrow(/dinkes\.spbe: byte 20 is not UTF-8; fix it first, so that the import changes nothing else in the file\./);
        expect(readFileSync(file).equals(bytes)).toBe(true);
    });

    test('--all with two OPDs declared in one file replaces both blocks and keeps the rest', async () => {
        const ws = join(tempDir('spbe-rewrite-two-'), 'ws');
        mkdirSync(ws);
        const original = '// dua OPD\r\nopd SATU {\r\n    aplikasi A "A" { fungsi sektoral }\r\n}\r\n\r\n/* di antara */\r\nopd DUA {\r\n}\r\n// akhir\r\n';
        writeFileSync(join(ws, 'bersama.spbe'), original);
        const input = csv('inventaris-aplikasi.csv', [['OPD', 'ID', 'Nama', 'Fungsi'], ['SATU', 'B', 'B', 'sektoral'], ['DUA', 'C', 'C', 'sektoral']]);
        const outcome = await importInventory({ files: [input], workspace: ws, opds: 'all', locale: 'en', force: true });
        expect(outcome.problems).toEqual([]);
        expect(readFileSync(join(ws, 'bersama.spbe'), 'utf-8')).toBe(
            '// dua OPD\r\nopd SATU {\r\n    aplikasi B "B" {\r\n        fungsi sektoral\r\n    }\r\n}\r\n\r\n/* di antara */\r\n' +
            'opd DUA {\r\n    aplikasi C "C" {\r\n        fungsi sektoral\r\n    }\r\n}\r\n// akhir\r\n');
    });
});

/** The pieces of a generated workspace file; the imported OPD is TARGET. */
interface GeneratedFile {
    readonly others: readonly string[];
    readonly comments: readonly string[];
    readonly targetAt: number;
    readonly crlf: boolean;
    readonly bom: boolean;
    readonly finalBreak: boolean;
    readonly gap: number;
}

const commentText = fc.stringMatching(/^[a-z0-9 éç✓—]{0,20}$/);
const generated: fc.Arbitrary<GeneratedFile> = fc.record({
    others: fc.shuffledSubarray(['pemda', 'roadmap', 'OPD_A', 'OPD_B']),
    comments: fc.array(fc.oneof(commentText.map(t => `// ${t}`), commentText.map(t => `/* ${t}\n   ${t} */`), commentText.map(t => `/** ${t} */`)), { maxLength: 4 }),
    targetAt: fc.nat(8),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
    gap: fc.integer({ min: 0, max: 2 })
});

function render(spec: GeneratedFile): { text: string; block: string } {
    const declaration = (name: string) => {
        switch (name) {
            case 'pemda': return 'pemda KabUji "Kabupaten Uji" {\n    periode 2026..2030\n}';
            case 'roadmap': return 'petaRencana {\n    // milik peta rencana\n    rencana PR_1 "Rencana" { muatan tataKelola penanggungJawab TARGET tahun 2026 anggaran 2026 10_000_000 }\n}';
            default: return `opd ${name} {\n  // komentar ${name}\n  aplikasi APP "App ${name}" {   fungsi sektoral }\n}`;
        }
    };
    const block = 'opd TARGET "Target" {\n    pic "PIC"\n    aplikasi LAMA "Lama" { fungsi sektoral }\n}';
    const pieces: string[] = spec.others.map(declaration);
    spec.comments.forEach((c, i) => pieces.splice(i % (pieces.length + 1), 0, c));
    pieces.splice(spec.targetAt % (pieces.length + 1), 0, block);
    const eol = spec.crlf ? '\r\n' : '\n';
    const body = pieces.join('\n'.repeat(spec.gap + 1)) + (spec.finalBreak ? '\n' : '');
    return { text: (spec.bom ? '\uFEFF' : '') + body.replace(/\n/g, eol), block: block.replace(/\n/g, eol) };
}

describe('property: over generated files with mixed declarations, an import changes nothing but its OPD block', () => {
    test('pemda, other OPDs, roadmap items, comments, LF/CRLF, BOM: every other byte kept; the new block takes the file\'s line break', async () => {
        const input = csv('inventaris-aplikasi.csv', [['OPD', 'ID', 'Nama', 'Fungsi'], ['TARGET', 'BARU', 'Aplikasi Baru', 'sektoral']]);
        await fc.assert(fc.asyncProperty(generated, async spec => {
            const ws = join(tempDir('spbe-rewrite-prop-'), 'ws');
            mkdirSync(ws);
            const { text, block } = render(spec);
            const file = join(ws, 'workspace.spbe');
            writeFileSync(file, text);
            const outcome = await importInventory({ files: [input], workspace: ws, opds: ['TARGET'], locale: 'en', force: true });
            expect(outcome.problems).toEqual([]);
            expect(outcome.written).toBe(true);
            const after = readFileSync(file).toString('latin1');
            const original = Buffer.from(text).toString('latin1');
            const start = original.indexOf(Buffer.from(block).toString('latin1'));
            const [before, rest] = [original.slice(0, start), original.slice(start + Buffer.from(block).length)];
            expect(after.startsWith(before)).toBe(true);
            expect(after.endsWith(rest)).toBe(true);
            const replaced = after.slice(before.length, after.length - rest.length);
            expect(replaced).toContain('aplikasi BARU "Aplikasi Baru"');
            expect(replaced).not.toContain('LAMA');
            expect(spec.crlf ? replaced.replace(/\r\n/g, '').includes('\n') : replaced.includes('\r')).toBe(false);
        }), { numRuns: 25 });
    });
});
