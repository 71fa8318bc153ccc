import { AstUtils, CstUtils, type LangiumDocument, type URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type TextEdit, type WorkspaceEdit, type Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import type { SpbeServices } from '../spbe-module.js';
import { pushTo } from '../utils/collections.js';

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Renames OPDs, elements and roadmap items across files. References may be qualified (`OPD.NAME`), so
 * renaming an element replaces only the NAME part, and renaming an OPD also rewrites the qualifier
 * of every qualified reference to its elements.
 */
export class SpbeRenameProvider extends DefaultRenameProvider {
    private readonly spbe: SpbeServices;

    constructor(services: SpbeServices) {
        super(services);
        this.spbe = services;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!identifier.test(params.newName)) {
            throw new ResponseError(-32602, `'${params.newName}' is not a valid name`);
        }
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const target = leaf ? this.references.findDeclarations(leaf)[0] : undefined;
        if (!target || !(ast.isOpd(target) || ast.isElement(target) || ast.isRencana(target))) {
            return undefined;
        }
        if (isBuiltinDocument(AstUtils.getDocument(target))) {
            throw new ResponseError(-32602, 'The nasional library is read-only');
        }
        const edits = new Map<string, TextEdit[]>();
        const add = (uri: URI, range: Range) => {
            const key = uri.toString();
            pushTo(edits, key, { range, newText: params.newName });
        };
        // The declaration and every reference: only the part after the qualifier is the name.
        for (const ref of this.references.findReferences(target, { includeDeclaration: true })) {
            const dot = this.textAt(ref.sourceUri, ref.segment.range).indexOf('.');
            add(ref.sourceUri, dot < 0 ? ref.segment.range : { start: shift(ref.segment.range.start, dot + 1), end: ref.segment.range.end });
        }
        if (ast.isOpd(target)) {
            // `OPD.NAME` references to the OPD's elements carry the code as their qualifier.
            for (const element of target.elements) {
                for (const ref of this.references.findReferences(element, { includeDeclaration: false })) {
                    const dot = this.textAt(ref.sourceUri, ref.segment.range).indexOf('.');
                    if (dot > 0) {
                        add(ref.sourceUri, { start: ref.segment.range.start, end: shift(ref.segment.range.start, dot) });
                    }
                }
            }
        }
        return { changes: Object.fromEntries(edits) };
    }

    private textAt(uri: URI, range: Range): string {
        const document = this.spbe.shared.workspace.LangiumDocuments.getDocument(uri);
        return document?.textDocument.getText(range) ?? '';
    }
}

/** References never span lines, so a column shift is enough. */
function shift(position: Range['start'], by: number): Range['start'] {
    return { line: position.line, character: position.character + by };
}
