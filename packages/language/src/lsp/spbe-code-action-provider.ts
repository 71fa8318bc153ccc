import { CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';
import { QuickFixes } from './quick-fixes.js';

/** Quick fixes keyed by the diagnostic codes of spec §5 (see quick-fixes.ts). */
export class SpbeCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: SpbeServices) { }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
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
