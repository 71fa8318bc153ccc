import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copySources } from './helpers/copy-sources.mjs';
import { repoRoot, runCli, spawningTestTimeout } from './helpers/run-cli.js';

// Every command a reader can copy from the docs either works on a fresh clone or is visibly a
// placeholder (`<tag-or-commit>`, `…`), which a shell refuses instead of failing half-way.
const documents = ['README.md', 'packages/vscode/README.md', 'examples/README.md',
    ...readdirSync(join(repoRoot, 'docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`)];

/** The quick start's own commands: `npm test` is running this test, and `npm ci` installed it. */
const runByTheQuickStartItself = new Set(['npm ci', 'npm test']);

interface DocCommand {
    readonly where: string;
    readonly text: string;
}

/** Commands of ```sh/```bash blocks (one per line, `&&` split, comments dropped) and inline `npx spbe …`. */
function documentedCommands(): DocCommand[] {
    const found: DocCommand[] = [];
    for (const doc of documents) {
        const lines = readFileSync(join(repoRoot, doc), 'utf-8').split('\n');
        let shell = false;
        lines.forEach((line, i) => {
            const fence = /^\s*```(\w*)/.exec(line);
            if (fence) {
                shell = !shell && ['sh', 'bash', 'shell', 'console'].includes(fence[1]);
                return;
            }
            const where = `${doc}:${i + 1}`;
            if (shell) {
                const code = line.replace(/^\s*\$\s+/, '').replace(/\s+#.*$/, '').trim();
                code.split('&&').map(c => c.trim()).filter(c => c && !c.startsWith('#')).forEach(text => found.push({ where, text }));
            } else {
                for (const match of line.matchAll(/`(npx spbe [^`]+)`/g)) {
                    found.push({ where, text: match[1] });
                }
            }
        });
    }
    return found;
}

const isPlaceholder = (text: string) => /<[^>]+>|…|\.\.\./.test(text);

function words(text: string): string[] {
    return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(m => m[1] ?? m[2] ?? m[3]);
}

/** A fresh clone as far as the commands can tell: the examples' sources, committed in a new git repository. */
function freshClone(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-docs-'));
    copySources(join(repoRoot, 'examples'), join(dir, 'examples'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', 'commit', '-qm', 'clone');
    return dir;
}

describe('the commands in the docs', () => {
    const commands = documentedCommands();

    test('each is runnable as written, a marked placeholder, or the quick start\'s npm ci / npm test', () => {
        const unknown = commands.filter(c => !isPlaceholder(c.text) && !runByTheQuickStartItself.has(c.text) && !c.text.startsWith('npx spbe '));
        expect(unknown.map(c => `${c.where}: ${c.text}`)).toEqual([]);
        // The extraction finds the quick start, the inventory and the review examples.
        expect(commands.filter(c => c.text.startsWith('npx spbe ') && !isPlaceholder(c.text)).length).toBeGreaterThanOrEqual(7);
    });

    test('the runnable ones succeed, in order, on a fresh clone', () => {
        const clone = freshClone();
        for (const command of commands.filter(c => c.text.startsWith('npx spbe ') && !isPlaceholder(c.text))) {
            // `generate dokumen` (both documents, both formats, diagrams) takes longer than the others on a busy machine.
            const r = runCli(words(command.text).slice(2), { cwd: clone, timeout: spawningTestTimeout });
            expect({ where: command.where, command: command.text, code: r.code, stderr: r.stderr })
                .toEqual({ where: command.where, command: command.text, code: 0, stderr: '' });
        }
    }, 2 * spawningTestTimeout);
});
