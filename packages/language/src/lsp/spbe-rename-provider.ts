import { AstUtils, CstUtils, type CstNode, type LangiumDocument, type URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes, ResponseError, type Position, type PrepareRenameParams, type RenameParams, type TextEdit, type WorkspaceEdit, type Range
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import type { SpbeServices } from '../spbe-module.js';
import { editorSentence, pushTo } from 'spbe-model';
import { isRenameTarget, renameRefusal, type RenameTarget } from './rename-check.js';

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

    /**
     * The range F2 pre-selects (the editor offers its text as the new name): only the name part of a
     * qualified reference (`OPD.NAME`). The read-only library is refused with a message.
     */
    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const found = this.targetAt(document, params.position);
        if (!found) {
            return undefined;
        }
        const { target, leaf } = found;
        return leaf.text === target.name ? leaf.range
            // The cursor is on the qualifier of `OPD.NAME`: the name follows the dot.
            : { start: shift(leaf.range.end, 1), end: shift(leaf.range.end, 1 + target.name.length) };
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const found = this.targetAt(document, params.position);
        if (!found) {
            return undefined;
        }
        const { target } = found;
        const refusal = renameRefusal(target, params.newName, this.spbe.spbe.SymbolTable, this.spbe.spbe.Settings.locale);
        if (refusal) {
            throw new ResponseError(ErrorCodes.InvalidParams, refusal);
        }
        if (params.newName === target.name) {
            return { changes: {} };
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

    /** The OPD, element or roadmap item named at `position`; throws for the read-only library. */
    private targetAt(document: LangiumDocument, position: Position): { target: RenameTarget; leaf: CstNode } | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const target = leaf ? this.references.findDeclarations(leaf)[0] : undefined;
        if (!leaf || !isRenameTarget(target)) {
            return undefined;
        }
        if (isBuiltinDocument(AstUtils.getDocument(target))) {
            const locale = this.spbe.spbe.Settings.locale;
            throw new ResponseError(ErrorCodes.InvalidRequest, editorSentence('libraryReadOnly', locale));
        }
        return { target, leaf };
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
