import { CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';
import { QuickFixes } from './quick-fixes.js';
import { wholeDocumentEdit } from './spbe-formatter.js';

/** The source action that formats the document with its properties in canonical order. */
export const SortPropertiesKind = 'source.sortProperties';

/**
 * Quick fixes keyed by the diagnostic codes of spec §5 (see quick-fixes.ts), and the "Urutkan
 * properti" source action (offered when source actions are asked for, e.g. Source Action… or
 * `editor.codeActionsOnSave`, so that moving the cursor never pays for a formatting pass).
 */
export class SpbeCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: SpbeServices) { }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        const only = params.context.only;
        if (only?.some(kind => SortPropertiesKind === kind || SortPropertiesKind.startsWith(`${kind}.`))) {
            const edits = wholeDocumentEdit(this.services, document, { sortProperties: true });
            if (edits.length > 0) {
                const title = this.services.spbe.Settings.locale === 'en' ? 'Sort properties' : 'Urutkan properti';
                actions.push({ title, kind: SortPropertiesKind, edit: { changes: { [document.uri.toString()]: edits } } });
            }
        }
        const root = document.parseResult.value.$cstNode;
        for (const diagnostic of params.context.diagnostics) {
            const data = (diagnostic.data ?? {}) as Record<string, unknown>;
            const fix = QuickFixes[String(data.code ?? diagnostic.code)];
            if (!fix) {
                continue;
            }
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            const node = root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
            actions.push(...fix({ services: this.services, document, diagnostic, data, node }));
        }
        return actions;
    }
}
