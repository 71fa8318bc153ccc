import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

const extension = join(repoRoot, 'packages/vscode');
const json = (file: string) => JSON.parse(readFileSync(join(extension, file), 'utf-8')) as Record<string, string>;

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** Every string the extension passes to `t(…)` or `vscode.l10n.t(…)`, and any call whose first argument is not a literal. */
function usedKeys(): { keys: Set<string>; dynamic: string[] } {
    const keys = new Set<string>();
    const dynamic: string[] = [];
    // l10n.ts defines `t`; everything else calls it.
    for (const file of sources(join(extension, 'src/extension')).filter(f => !f.endsWith('l10n.ts'))) {
        const text = readFileSync(file, 'utf-8');
        for (const m of text.matchAll(/(?<![\w.])(?:vscode\.l10n\.)?t\(\s*(?:'((?:[^'\\]|\\.)*)'|(.{0,40}))/g)) {
            if (m[1] !== undefined) {
                keys.add(m[1].replace(/\\'/g, '\''));
            } else {
                dynamic.push(`${file}: t(${m[2]}`);
            }
        }
    }
    return { keys, dynamic };
}

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort().join(',');

test('every runtime string of the extension has an Indonesian translation with the same placeholders, and the bundle has no stale entries', () => {
    const bundle = json('l10n/bundle.l10n.id.json');
    const { keys, dynamic } = usedKeys();
    expect(dynamic).toEqual([]);
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter(k => !(k in bundle))).toEqual([]);
    expect(Object.keys(bundle).filter(k => !keys.has(k))).toEqual([]);
    for (const [key, value] of Object.entries(bundle)) {
        expect(placeholders(value), key).toBe(placeholders(key));
        expect(value.trim(), key).not.toBe('');
    }
});

test('every %key% of package.json exists in package.nls.json and package.nls.id.json, and the two have the same keys', () => {
    const manifest = readFileSync(join(extension, 'package.json'), 'utf-8');
    const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
    const english = json('package.nls.json');
    const indonesian = json('package.nls.id.json');
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter(k => !(k in english))).toEqual([]);
    expect([...used].filter(k => !(k in indonesian))).toEqual([]);
    expect(Object.keys(indonesian).sort()).toEqual(Object.keys(english).sort());
    expect(JSON.parse(manifest).l10n).toBe('./l10n');
    expect(JSON.parse(manifest).contributes.configuration.properties['spbe.locale'].default).toBe('id');
});
