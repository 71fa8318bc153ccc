import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagramFormats, DiffFormats, IndexFormats, InventoryFormats, RoadmapFormats } from 'spbe-generators';
import { FrameworkIds } from 'spbe-model';
import { repoRoot, runCli } from './helpers/run-cli.js';

// Each generator's format list is stated once, in its code; the README's synopsis and tables and the
// CLI's help must name exactly those formats, so a format added or dropped shows up here.

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf-8');
const readmeLines = readme.split('\n');

/** The `--format` list of the README's synopsis line for `command` (`md|csv|…[,…]` or `xlsx,csv`). */
function synopsisFormats(command: string): string[] {
    const line = readmeLines.find(l => l.startsWith(`spbe ${command} `));
    expect(line, `README synopsis of spbe ${command}`).toBeDefined();
    const list = /--format ([a-z|,]+)/.exec(line!)?.[1];
    expect(list, `--format in: ${line}`).toBeDefined();
    return list!.split(/[|,]/).filter(Boolean);
}

/** The first column of each README table headed `| format | file(s) | …`, in order. */
function formatTables(): string[][] {
    const tables: string[][] = [];
    readmeLines.forEach((line, i) => {
        if (/^\| format \| files? \|/.test(line)) {
            const rows: string[] = [];
            for (let j = i + 2; j < readmeLines.length && readmeLines[j].startsWith('|'); j++) {
                rows.push(/^\| `([^`]+)` \|/.exec(readmeLines[j])?.[1] ?? readmeLines[j]);
            }
            tables.push(rows);
        }
    });
    return tables;
}

/** The formats a sentence `Formats: `text` (…), `md` (…) … and `json` (…).` names, up to the end of its paragraph. */
function sentenceFormats(): string[] {
    const start = readme.indexOf('Formats: `');
    expect(start).toBeGreaterThan(0);
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start));
    return [...paragraph.matchAll(/`([a-z]+)` \(/g)].map(m => m[1]);
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('the README names each generator\'s formats as the code does', () => {
    test('synopsis lines', () => {
        expect(synopsisFormats('generate roadmap')).toEqual([...RoadmapFormats]);
        expect(synopsisFormats('export diagram')).toEqual([...DiagramFormats]);
        expect(synopsisFormats('index')).toEqual([...IndexFormats]);
        expect(synopsisFormats('diff')).toEqual([...DiffFormats]);
        expect(synopsisFormats('export inventory')).toEqual([...InventoryFormats]);
    });

    test('the index synopsis lists every evaluation framework', () => {
        const line = readmeLines.find(l => l.startsWith('spbe index '));
        expect(/--framework ([a-z0-9|]+)/.exec(line ?? '')?.[1]?.split('|')).toEqual([...FrameworkIds]);
    });

    test('the roadmap and diagram format tables and the diff formats sentence', () => {
        const tables = formatTables();
        expect(tables).toHaveLength(2);
        expect(sorted(tables[0])).toEqual(sorted(RoadmapFormats));
        expect(sorted(tables[1])).toEqual(sorted(DiagramFormats));
        expect(sentenceFormats()).toEqual([...DiffFormats]);
    });
});

/** What `spbe <command> --help` says about `-f, --format`, up to the next option. */
function helpFormat(command: string[]): string {
    const r = runCli([...command, '--help']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex(l => /-f, --format/.test(l));
    expect(at, r.stdout).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((l, i) => i > at && /^\s+-/.test(l));
    // Commander wraps a long choices list onto the next lines: one space wherever it broke.
    return lines.slice(at, end < 0 ? undefined : end).join(' ').replace(/\s+/g, ' ');
}

const named = (text: string) => [...text.matchAll(/[a-z]+/g)].map(m => m[0]);

describe('the CLI\'s help and the README agree with the code', () => {
    test('each generator command\'s --format help names every format of its generator', () => {
        for (const [command, formats] of [
            [['generate', 'roadmap'], RoadmapFormats],
            [['export', 'diagram'], DiagramFormats],
            [['index'], IndexFormats],
            [['diff'], DiffFormats],
            [['export', 'inventory'], InventoryFormats]
        ] as const) {
            const help = named(helpFormat([...command]));
            expect(formats.filter(f => !help.includes(f)), command.join(' ')).toEqual([]);
        }
    });

    test('validate\'s report formats: the README synopsis and bullets list the CLI\'s choices', () => {
        const choices = /choices: ((?:"[a-z]+"(?:, )?)+)/.exec(helpFormat(['validate']))?.[1];
        expect(choices).toBeDefined();
        const formats = [...choices!.matchAll(/"([a-z]+)"/g)].map(m => m[1]);
        expect(formats).toContain('sarif');
        expect(synopsisFormats('validate')).toEqual(formats);
        const section = readme.slice(readme.indexOf('- **`validate`**'), readme.indexOf('- **`init`**'));
        expect([...section.matchAll(/^ {2}- `([a-z]+)`:/gm)].map(m => m[1])).toEqual(formats);
    });
});
