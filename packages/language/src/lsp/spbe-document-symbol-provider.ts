import { GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { kindKeyword } from 'spbe-model';
import { pushTo } from 'spbe-model';

const kindSymbol: Record<string, SymbolKind> = {
    Probis: SymbolKind.Function,
    Layanan: SymbolKind.Interface,
    Data: SymbolKind.Struct,
    Aplikasi: SymbolKind.Class,
    Infrastruktur: SymbolKind.Object,
    Keamanan: SymbolKind.Key,
    Integrasi: SymbolKind.Event
};

/** The outline: pemda; each OPD with its elements grouped by kind; the roadmap items; assessments. */
export class SpbeDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value as ast.Workspace;
        return root.declarations.flatMap(d => this.declaration(d));
    }

    private declaration(node: ast.Declaration): DocumentSymbol[] {
        if (ast.isPemda(node)) {
            return symbol(node, node.name, SymbolKind.Module, node.title);
        }
        if (ast.isOpd(node)) {
            const groups = new Map<string, ast.Element[]>();
            node.elements.filter(e => e.name).forEach(e => pushTo(groups, e.$type, e));
            const children = [...groups].map(([type, elements]): DocumentSymbol => ({
                name: kindKeyword(type),
                detail: String(elements.length),
                kind: SymbolKind.Package,
                range: span(elements[0], elements[elements.length - 1]),
                selectionRange: nameRange(elements[0]),
                children: elements.flatMap(e => symbol(e, e.name, kindSymbol[e.$type], e.title))
            }));
            return symbol(node, node.name, SymbolKind.Namespace, node.title, children);
        }
        if (ast.isPetaRencana(node)) {
            const children = node.items.filter(i => i.name).flatMap(i => symbol(i, i.name, SymbolKind.Event, i.title, kinerjaSymbols(i)));
            return symbol(node, 'petaRencana', SymbolKind.Module, undefined, children);
        }
        return symbol(node, `penilaian ${node.year} ${node.framework}`, SymbolKind.Object);
    }
}

/** (v2) An item's performance indicators, named by their text, with their unit as detail. */
function kinerjaSymbols(item: ast.Rencana): DocumentSymbol[] | undefined {
    const symbols = item.indikatorKinerja.filter(k => k.title).flatMap((k): DocumentSymbol[] => {
        const range = k.$cstNode?.range;
        const title = GrammarUtils.findNodeForProperty(k.$cstNode, 'title')?.range;
        return range && title ? [{ name: k.title, kind: SymbolKind.Number, detail: k.satuan[0], range, selectionRange: title }] : [];
    });
    return symbols.length > 0 ? symbols : undefined;
}

function symbol(node: AstNode, name: string, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol[] {
    const range = node.$cstNode?.range;
    if (!range || !name) {
        return [];
    }
    return [{ name, kind, detail, range, selectionRange: nameRange(node), children }];
}

function nameRange(node: AstNode) {
    return (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)!.range;
}

function span(first: AstNode, last: AstNode) {
    return { start: first.$cstNode!.range.start, end: last.$cstNode!.range.end };
}
