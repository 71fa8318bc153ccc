import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { isElement, isOpd, type Element, type Opd } from '../generated/ast.js';
import type { ElementFinding, PlacedFindings } from 'spbe-model';
import { qualifiedName } from '../references/spbe-naming.js';

/** The element whose declaration contains `offset` (the innermost one), if any. */
export function elementAtOffset(document: LangiumDocument, offset: number): Element | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, isElement) : undefined;
}

/** `OPD.NAME` of the element declared around `offset`, if any. */
export function elementIdAt(document: LangiumDocument, offset: number): string | undefined {
    const element = elementAtOffset(document, offset);
    return element?.name ? qualifiedName(element) : undefined;
}


const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' } as const;

/** Each document's diagnostics, attached to the element (`OPD.NAME`) they lie in. */
export function findingsByElement(documents: Iterable<LangiumDocument>): Map<string, ElementFinding[]> {
    const result = new Map<string, ElementFinding[]>();
    for (const document of documents) {
        for (const d of document.diagnostics ?? []) {
            const id = elementIdAt(document, document.textDocument.offsetAt(d.range.start));
            if (!id) {
                continue;
            }
            const list = result.get(id) ?? [];
            list.push(findingOf(d));
            result.set(id, list);
        }
    }
    return result;
}

function findingOf(d: Diagnostic): ElementFinding {
    return { severity: severities[d.severity ?? 1], code: String(d.code ?? 'syntax'), message: typeof d.message === 'string' ? d.message : d.message.value, line: d.range.start.line };
}

/**
 * The OPD block a diagnostic at `offset` lies in when no node of the parse tree is there (a syntax
 * error among skipped tokens): the OPD whose text range holds it, else the file's only OPD when it
 * declares exactly one (the parser may close a broken block early), else none.
 */
function enclosingOpd(document: LangiumDocument, offset: number): Opd | undefined {
    const opds = AstUtils.streamAllContents(document.parseResult.value).filter(isOpd).toArray();
    return opds.find(o => o.$cstNode !== undefined && o.$cstNode.offset <= offset && offset <= o.$cstNode.end) ?? (opds.length === 1 ? opds[0] : undefined);
}

/**
 * Every diagnostic of `documents`, placed: in the element it lies in, else in the OPD whose block
 * holds it (`opd-missing-pic`; a syntax error inside a block too, see `enclosingOpd`), else the
 * workspace's (pemda, Peta Rencana, syntax outside any block).
 */
export function findingsByPlace(documents: Iterable<LangiumDocument>): PlacedFindings {
    const elements = new Map<string, ElementFinding[]>();
    const opds = new Map<string, ElementFinding[]>();
    const workspace: ElementFinding[] = [];
    for (const document of documents) {
        const root = document.parseResult.value.$cstNode;
        for (const d of document.diagnostics ?? []) {
            const offset = document.textDocument.offsetAt(d.range.start);
            const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
            const element = leaf ? AstUtils.getContainerOfType(leaf.astNode, isElement) : undefined;
            // Outside every node but the file's root (skipped tokens): the OPD block around it, if any.
            const opd = leaf && leaf.astNode !== document.parseResult.value ? AstUtils.getContainerOfType(leaf.astNode, isOpd) : enclosingOpd(document, offset);
            if (element?.name) {
                pushFinding(elements, qualifiedName(element), findingOf(d));
            } else if (opd?.name) {
                pushFinding(opds, opd.name, findingOf(d));
            } else {
                workspace.push(findingOf(d));
            }
        }
    }
    return { elements, opds, workspace };
}

function pushFinding(map: Map<string, ElementFinding[]>, key: string, finding: ElementFinding): void {
    const list = map.get(key) ?? [];
    list.push(finding);
    map.set(key, list);
}
