import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { referencedNode } from '../analysis/element-uses.js';
import type { SpbeServices } from '../spbe-module.js';

/** One token type per kind, so themes colour OPDs, applications, data… differently. */
const typeOf: Record<string, string> = {
    Opd: SemanticTokenTypes.namespace,
    Probis: SemanticTokenTypes.function,
    Layanan: SemanticTokenTypes.interface,
    Data: SemanticTokenTypes.struct,
    Aplikasi: SemanticTokenTypes.class,
    Infrastruktur: SemanticTokenTypes.type,
    Keamanan: SemanticTokenTypes.decorator,
    Integrasi: SemanticTokenTypes.event,
    Rencana: SemanticTokenTypes.method,
    Pemda: SemanticTokenTypes.namespace
};

/**
 * Declarations get their kind's token type; references too, with `OPD.` coloured as a namespace,
 * `readonly` for the national library and `deprecated` (struck through) for retired elements.
 */
export class SpbeSemanticTokenProvider extends AbstractSemanticTokenProvider {
    constructor(private readonly services: SpbeServices) {
        super(services);
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = typeOf[node.$type];
        if (type && 'name' in node && GrammarUtils.findNodeForProperty(node.$cstNode, 'name')) {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        if (ast.isElement(node)) {
            node.ref.forEach((_, index) => acceptor({ node, property: 'ref', index, type: SemanticTokenTypes.macro }));
        }
        // (v2) Codes written as strings (kode rincian, kegiatan codes) are coloured like `ref` codes.
        if (ast.isRencana(node)) {
            node.kode.forEach((_, index) => acceptor({ node, property: 'kode', index, type: SemanticTokenTypes.macro }));
        }
        if (ast.isKegiatanList(node)) {
            node.values.forEach((_, index) => acceptor({ node, property: 'values', index, type: SemanticTokenTypes.macro }));
        }
        if (ast.isIndikatorKinerja(node) && node.title !== undefined) {
            acceptor({ node, property: 'title', type: SemanticTokenTypes.property, modifier: SemanticTokenModifiers.declaration });
        }
        if (ast.isIndicatorTarget(node) || ast.isScore(node)) {
            acceptor({ node, property: 'indicator', type: SemanticTokenTypes.enumMember });
        }
        for (const info of AstUtils.streamReferences(node)) {
            const target = referencedNode(info.reference);
            const cst = info.reference.$refNode;
            if (!target || !cst) {
                continue;
            }
            const modifiers: string[] = [];
            if (isBuiltinDocument(AstUtils.getDocument(target))) {
                modifiers.push(SemanticTokenModifiers.readonly);
            }
            if (ast.isElement(target) && this.services.spbe.WorkspaceFacts.get().isRetired(target)) {
                modifiers.push(SemanticTokenModifiers.deprecated);
            }
            const dot = cst.text.indexOf('.');
            const { start, end } = cst.range;
            if (dot > 0) {
                acceptor({ line: start.line, char: start.character, length: dot, type: SemanticTokenTypes.namespace });
                acceptor({ line: start.line, char: start.character + dot + 1, length: end.character - start.character - dot - 1, type: typeOf[target.$type] ?? SemanticTokenTypes.variable, modifier: modifiers });
            } else {
                acceptor({ cst, type: typeOf[target.$type] ?? SemanticTokenTypes.variable, modifier: modifiers });
            }
        }
    }
}
