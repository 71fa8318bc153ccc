import { afterEach, describe, expect, test } from 'vitest';
import { AstUtils, isOperationCancelled, URI, type AstNode } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { childrenOf, forEachReference, forEachReferenceBelow, nodesInOrder } from '../../packages/language/src/workspace/ast-walk.js';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

// Nested nodes (lists of references, grants, a roadmap item with years) and references both single and in lists.
const source = `
opd A "Dinas A" {
    infrastruktur DC "Pusat Data" { jenis server tier 3 }
    data D1 "Data 1" { sifat terbuka walidata A bagiPakai semua }
    data D2 "Data 2" { sifat terbatas walidata A bagiPakai B }
    aplikasi APP "Aplikasi" { fungsi sektoral hosting DC data D1, D2 pengguna B }
    layanan L "Layanan" { metode online aplikasi APP data D1, D2 }
}
opd B "Dinas B" {
    aplikasi APP2 "Aplikasi 2" { fungsi umum hosting A.DC data A.D1 }
}
`;

describe('the plain AST walk (issue 20) visits what Langium\'s streams visit, in the same order', () => {
    test('nodesInOrder and childrenOf match AstUtils.streamAst and streamContents', async () => {
        const document = await t.parse(source);
        const root = document.parseResult.value;
        const streamed = AstUtils.streamAst(root).toArray();
        expect(streamed.length).toBeGreaterThan(12);
        expect(nodesInOrder(root)).toEqual(streamed);
        for (const node of streamed) {
            expect(childrenOf(node)).toEqual(AstUtils.streamContents(node).toArray());
        }
    });

    test('forEachReference matches AstUtils.streamReferences, list indexes included', async () => {
        const document = await t.parse(source);
        const walked: unknown[] = [];
        const streamed: unknown[] = [];
        for (const node of nodesInOrder(document.parseResult.value)) {
            forEachReference(node, (reference, property, index) => walked.push({ node, reference, property, index }));
            AstUtils.streamReferences(node).forEach(r => streamed.push({ node: r.container, reference: r.reference, property: r.property, index: r.index }));
        }
        expect(streamed.length).toBeGreaterThan(8);
        expect(streamed.some(r => (r as { index?: number }).index === 1)).toBe(true);
        expect(walked).toEqual(streamed);
    });

    test('forEachReferenceBelow gives the references of every node below a root, holders and order as nodesInOrder then forEachReference', async () => {
        const document = await t.parse(source);
        const root = document.parseResult.value;
        const roots = [root, ...AstUtils.streamAst(root).filter(node => node.$type === 'Aplikasi' || node.$type === 'Layanan')];
        for (const from of roots) {
            const inOnePass: unknown[] = [];
            const inTwoPasses: unknown[] = [];
            forEachReferenceBelow(from, (reference, property, index, holder) => inOnePass.push({ holder, reference, property, index }));
            for (const holder of nodesInOrder(from)) {
                forEachReference(holder, (reference, property, index) => inTwoPasses.push({ holder, reference, property, index }));
            }
            expect(inTwoPasses.length).toBeGreaterThan(from === root ? 10 : 1);
            expect(inOnePass).toEqual(inTwoPasses);
        }
    });
});

describe('linking and checks stay cancellable without awaiting per node', () => {
    const load = async () => {
        const shared = t.services.shared;
        await t.parse('');
        const text = Array.from({ length: 200 }, (_, i) => `    aplikasi APP_${i} { hosting DC data D }`).join('\n');
        const document = shared.workspace.LangiumDocumentFactory.fromString(
            `opd A { infrastruktur DC { jenis server } data D { sifat terbuka }\n${text}\n}`, URI.parse('file:///cancel/a.spbe'));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    };

    test('a cancellation requested while linking stops the document before its last reference', async () => {
        const document = await load();
        const linker = t.services.references.Linker;
        const source = new CancellationTokenSource();
        const original = linker.doLink.bind(linker);
        let linked = 0;
        linker.doLink = (info, doc) => {
            linked++;
            source.cancel();
            original(info, doc);
        };
        try {
            const build = t.services.shared.workspace.DocumentBuilder.build([document], { validation: false }, source.token);
            const error = await build.then(() => undefined, (e: unknown) => e);
            expect(isOperationCancelled(error)).toBe(true);
        } finally {
            linker.doLink = original;
        }
        expect(linked).toBeGreaterThan(0);
        // 400 references: the first one cancels, and the check before the next node stops the loop.
        expect(linked).toBeLessThanOrEqual(2);
    });

    test('a cancellation requested during the checks stops validation with OperationCancelled', async () => {
        const document = await load();
        await t.services.shared.workspace.DocumentBuilder.build([document], { validation: false });
        const source = new CancellationTokenSource();
        const visited: AstNode[] = [];
        t.services.validation.ValidationRegistry.register({
            AstNode: (node: AstNode) => {
                visited.push(node);
                if (visited.length === 10) {
                    source.cancel();
                }
            }
        });
        const error = await t.services.validation.DocumentValidator.validateDocument(document, {}, source.token).then(() => undefined, (e: unknown) => e);
        expect(isOperationCancelled(error)).toBe(true);
        expect(visited.length).toBe(10);
    });
});
