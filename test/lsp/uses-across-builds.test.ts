import { afterEach, expect, test } from 'vitest';
import fc from 'fast-check';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Element, Opd, Workspace } from '../../packages/language/src/generated/ast.js';
import { WorkspaceFacts } from '../../packages/language/src/analysis/workspace-facts.js';
import { qualifiedName } from '../../packages/language/src/references/spbe-naming.js';
import { createTestServices } from '../helpers/test-services.js';

/**
 * The uses index (who refers to each element: hover, code lens, the slow checks) reads again only
 * the files parsed again since the facts before it (issue 20: a hover right after an edit walked
 * all 20,000 elements). Whatever the edits, it must equal an index made from scratch.
 */
const t = createTestServices();
afterEach(() => t.clear());

/** Each file's text as variants an edit switches between: exports kept, renamed, references moved or broken. */
const variants: Record<string, string[]> = {
    'a.spbe': [
        'opd A {\n    pic "a"\n    infrastruktur DC "Pusat Data" { jenis server }\n    aplikasi X "X" { hosting DC data B.D }\n}\n',
        // the same exports, another title: files that use A keep their links, re-pointed
        'opd A {\n    pic "a"\n    infrastruktur DC "Pusat Data Baru" { jenis server }\n    aplikasi X "X" { hosting DC data B.D }\n}\n',
        // DC renamed: B and C refer to a name that is gone
        'opd A {\n    pic "a"\n    infrastruktur DC2 "Pusat Data" { jenis server }\n    aplikasi X "X" { hosting DC2 }\n}\n'
    ],
    'b.spbe': [
        'opd B {\n    pic "b"\n    data D "D" { sifat terbuka }\n    aplikasi Y "Y" { hosting A.DC data D }\n}\n',
        'opd B {\n    pic "b"\n    data D "D" { sifat terbuka }\n    aplikasi Y "Y" { hosting A.DC2 data D }\n    layanan L "L" { aplikasi Y, A.X }\n}\n',
        // a syntax error: the file keeps what parses
        'opd B {\n    pic "b"\n    data D "D" { sifat terbuka }\n    aplikasi Y "Y" { hosting A.DC data }\n}\n'
    ],
    'c.spbe': [
        'opd C {\n    pic "c"\n    aplikasi Z "Z" { hosting A.DC data B.D }\n}\n',
        'opd C {\n    pic "c"\n    aplikasi Z "Z" { hosting A.DC2 }\n    layanan M "M" { aplikasi Z, B.Y }\n}\n'
    ]
};
const files = Object.keys(variants);

/** The index as comparable rows, in its order: target, user, property, index. */
function rows(uses: ReadonlyMap<Element, readonly { user: Element; property: string; index: number | undefined }[]>): string[] {
    return [...uses].flatMap(([target, list]) => list.map(u => `${target.$type} ${qualifiedName(target)} <- ${qualifiedName(u.user)}.${u.property}[${u.index ?? ''}]`));
}

async function workspace() {
    const loaded = await t.load(Object.fromEntries(files.map(f => [f, variants[f][0]])));
    const shared = t.services.shared;
    const uris = Object.fromEntries(files.map(f => [f, loaded.documents[f].uri])) as Record<string, URI>;
    let version = 1;
    const documents = () => shared.workspace.LangiumDocuments.all.toArray() as LangiumDocument<Workspace>[];
    return {
        uris,
        documents,
        facts: () => t.services.spbe.WorkspaceFacts.get(),
        write(file: string, variant: number) {
            setTextDocument(shared, TextDocument.create(uris[file].toString(), 'spbe', ++version, variants[file][variant]));
            return shared.workspace.DocumentBuilder.update([uris[file]], []);
        },
        remove(file: string) {
            return shared.workspace.DocumentBuilder.update([], [uris[file]]);
        }
    };
}

test('after any sequence of edits, renames and deletions, the uses index equals one made from scratch', async () => {
    const edit = fc.oneof(
        fc.record({ file: fc.constantFrom(...files), variant: fc.nat(2) }),
        fc.record({ remove: fc.constantFrom('b.spbe', 'c.spbe') })
    );
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), async (edits, askBetween) => {
        await t.clear();
        const w = await workspace();
        const present = new Set(files);
        for (const step of edits) {
            if ('remove' in step) {
                if (!present.has(step.remove)) {
                    continue;
                }
                present.delete(step.remove);
                await w.remove(step.remove);
            } else {
                present.add(step.file);
                await w.write(step.file, step.variant % variants[step.file].length);
            }
            // Asked after some builds only: the index may then follow several builds at once.
            if (askBetween || step === edits.at(-1)) {
                expect(w.documents().every(d => d.state >= DocumentState.Linked)).toBe(true);
                const fresh = new WorkspaceFacts(w.documents());
                expect(rows(w.facts().uses)).toEqual(rows(fresh.uses));
            }
        }
    }), { numRuns: 40 });
});

test('an edit of one file leaves the other files\' uses as they were read (the same entries, not a new walk)', async () => {
    const w = await workspace();
    const before = w.facts().uses;
    const fromB = (uses: typeof before) => [...uses.values()].flat().filter(u => (u.user.$container as Opd).name === 'B');
    await w.write('a.spbe', 1);
    const after = w.facts().uses;
    expect(after).not.toBe(before);
    expect(fromB(after).length).toBeGreaterThan(0);
    // The very objects read before the edit: B's syntax tree was not walked again.
    expect(fromB(after).every(u => fromB(before).includes(u))).toBe(true);
    // A's were read again from its new syntax tree.
    const fromA = (uses: typeof before) => [...uses.values()].flat().filter(u => (u.user.$container as Opd).name === 'A');
    expect(fromA(after).some(u => fromA(before).includes(u))).toBe(false);
});

test('while an edit is built, the facts of the build before answer for the edited file\'s new nodes by name and for the other files by node', async () => {
    const w = await workspace();
    const before = w.facts();
    before.prefetch();
    const elements = (file: string) => (w.documents().find(d => d.uri.toString() === w.uris[file].toString())!.parseResult.value.declarations[0] as Opd).elements;
    const expected = new Map(files.flatMap(f => elements(f).map(e => [`${f} ${e.name}`, rows(new Map([[e, before.usesOf(e)]]))])));
    let during: Map<string, string[]> | undefined;
    const listener = t.services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () => {
        const facts = w.facts();
        expect(facts).toBe(before);
        expect(facts.outdated).toBe(true);
        // a.spbe's elements are new nodes here; b and c's are the ones the facts were made from.
        during = new Map(files.flatMap(f => elements(f).map(e => [`${f} ${e.name}`, rows(new Map([[e, facts.usesOf(e)]]))])));
    });
    try {
        await w.write('a.spbe', 1);
    } finally {
        listener.dispose();
    }
    expect(elements('a.spbe').every(e => !before.elements.includes(e))).toBe(true);
    expect(during).toEqual(expected);
    expect([...expected.values()].flat().length).toBeGreaterThan(3);
});

test('facts made before an edit never resolve the edited file\'s old syntax tree, even once the new one is linked (a phantom unresolved-reference stayed)', async () => {
    const w = await workspace();
    const builder = t.services.shared.workspace.DocumentBuilder;
    // The editor's default: the as-you-type checks, which make facts without a uses index.
    builder.updateBuildOptions = { validation: { categories: ['built-in', 'fast'] } };
    await w.write('a.spbe', 1);
    const before = w.facts();
    // DC renamed: b and c, which use A.DC, are relinked by a second build, so until then every
    // request gets the facts made before the edit; one arrives just as a.spbe is linked anew.
    const a = () => w.documents().find(d => d.uri.toString() === w.uris['a.spbe'].toString())!;
    let asked = false;
    const listener = builder.onDocumentPhase(DocumentState.Linked, document => {
        if (document.uri.toString() === w.uris['a.spbe'].toString() && !asked) {
            asked = true;
            const facts = w.facts();
            expect(facts).toBe(before);
            for (const element of (a().parseResult.value.declarations[0] as Opd).elements) {
                facts.usesOf(element);
            }
        }
    });
    try {
        await w.write('a.spbe', 2);
    } finally {
        listener.dispose();
    }
    expect(asked).toBe(true);
    expect(a().textDocument.getText()).toContain('hosting DC2');
    expect((a().diagnostics ?? []).filter(d => d.code === 'unresolved-reference').map(d => d.message)).toEqual([]);
});
