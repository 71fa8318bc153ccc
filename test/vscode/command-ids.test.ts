import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SpbeCommands, SpbePaletteCommands } from 'spbe-server/protocol';
import { repoRoot } from '../helpers/run-cli.js';

// The command ids are spelled once, in SpbeCommands; the manifest and every registration must agree with it.

const extensionDir = join(repoRoot, 'packages/vscode');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf-8')) as {
    activationEvents?: string[];
    contributes: { commands: { command: string }[]; menus?: Record<string, { command: string }[]>; keybindings?: { command: string }[] };
};

function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
    });
}

const sources = sourceFiles(join(extensionDir, 'src')).map(file => ({ file, text: readFileSync(file, 'utf-8') }));

test('the manifest contributes exactly the palette commands of SpbeCommands', () => {
    const contributed = manifest.contributes.commands.map(c => c.command).sort();
    expect(contributed).toEqual(Object.values(SpbePaletteCommands).sort());
});

test('menus and keybindings name only commands of SpbeCommands', () => {
    const ids = new Set<string>(Object.values(SpbeCommands));
    const named = [
        ...Object.values(manifest.contributes.menus ?? {}).flat().map(m => m.command),
        ...(manifest.contributes.keybindings ?? []).map(k => k.command),
        ...(manifest.activationEvents ?? []).filter(e => e.startsWith('onCommand:')).map(e => e.slice('onCommand:'.length))
    ];
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(id => !ids.has(id))).toEqual([]);
});

test('the extension registers every command of SpbeCommands, each through the object, none by a literal id', () => {
    const registrations = sources.flatMap(({ file, text }) =>
        [...text.matchAll(/registerCommand\(\s*([^,]+),/g)].map(m => ({ file, argument: m[1].trim() })));
    expect(registrations.filter(r => !/^SpbeCommands\.\w+$/.test(r.argument))).toEqual([]);
    const registered = registrations.map(r => r.argument.slice('SpbeCommands.'.length)).sort();
    expect(registered).toEqual(Object.keys(SpbeCommands).sort());
});

test('no extension source spells one of the ids as a string literal', () => {
    const ids = Object.values(SpbeCommands);
    const literal = sources.flatMap(({ file, text }) => ids.filter(id => text.includes(`'${id}'`) || text.includes(`"${id}"`)).map(id => `${file}: ${id}`));
    expect(literal).toEqual([]);
});
