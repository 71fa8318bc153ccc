import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { escapeMermaid, generateRoadmap } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { HostileTitle, hostileWorkspace } from './hostile-fixture.js';

let model: SpbeModel;
beforeAll(async () => {
    const ws = await loadWorkspace(hostileWorkspace());
    expect(ws.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    model = ws.model();
    expect(model.items[0].title).toBe(HostileTitle);
});

const output = async (format: Parameters<typeof generateRoadmap>[1], name?: string) => {
    const files = await generateRoadmap(model, format, { locale: 'id' });
    return (name ? files.find(f => f.name === name)! : files[0]).content;
};

describe('hostile titles are shown as text in every roadmap format', () => {
    test('HTML and its inline SVG: no markup gets through', async () => {
        const html = String(await output('html'));
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toContain('</td></svg>');
        expect(html).toContain('&lt;/td&gt;&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).not.toContain('http://evil.example"');
    });

    test('Markdown: pipes cannot add cells and HTML is neutralized', async () => {
        const md = String(await output('md'));
        expect(md).not.toMatch(/<script/i);
        const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
        const table = md.split('\n').filter(l => l.startsWith('| '));
        const header = cells(table[0]);
        for (const line of table.slice(0, 12)) {
            expect(cells(line), line).toBe(header);
        }
    });

    test('CSV: the formula is neutralized with an apostrophe and the text survives quoting', async () => {
        const csv = String(await output('csv', 'peta-rencana.csv'));
        const rows = parse(csv.slice(1), { delimiter: ';' }) as string[][];
        expect(rows[1][4]).toBe(`'${HostileTitle}`);
        expect(rows[1][8]).toBe(`'${HostileTitle}`);
    });

    test('XLSX: the title is a text cell, never a formula', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await output('xlsx') as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Peta Rencana')!;
        const row = sheet.getRows(1, sheet.rowCount)!.find(r => r.getCell(3).value === 'R')!;
        const cell = row.getCell(5);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(HostileTitle);
        expect(cell.formula).toBeUndefined();
    });

    // Mermaid replaces `#58;`-style entity codes before parsing and shows their characters in the SVG.
    const decodeMermaid = (text: string) => text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

    test('Mermaid: one task line, no separator taken from the title, the exact title through entity codes', async () => {
        const mmd = String(await output('mermaid'));
        const task = mmd.split('\n').find(l => l.includes(', R, '))!;
        expect(task.split(':')).toHaveLength(2);
        const name = task.slice(0, task.indexOf(' :')).trim();
        expect(name.replace(/#\d+;/g, '')).not.toMatch(/[#;%:<>]/);
        expect(decodeMermaid(name)).toBe(`AP.01 · ${HostileTitle}`);
        expect(mmd.split('\n').filter(l => l.includes('HYPERLINK'))).toHaveLength(2);
    });

    test('Mermaid gantt text: no look-alike characters; a name that reads like a statement stays a task', () => {
        for (const text of ['Rapat: evaluasi #2; 50% selesai', 'a & b <c>', 'Title IX', 'section baru', 'click di sini', '2026-01-01 peluncuran', '%% bukan komentar']) {
            const escaped = escapeMermaid(text);
            expect(decodeMermaid(escaped)).toBe(text);
            expect(escaped).not.toMatch(/^(title|section|click|\d{4}-|%)/i);
            expect(escaped).not.toMatch(/[\u2236\uFF03\uFF05\uFF1B]/);
        }
        expect(escapeMermaid('baris satu\nbaris dua')).toBe('baris satu baris dua');
        expect(escapeMermaid(' \n ')).toBe('-');
    });

    test('JSON: the exact title round-trips', async () => {
        expect(JSON.parse(String(await output('json'))).items[0].title).toBe(HostileTitle);
    });
});
