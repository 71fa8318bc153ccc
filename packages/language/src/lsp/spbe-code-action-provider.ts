import { CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, WorkspaceEdit } from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';
import { displayPath } from './display-path.js';
import { SpbeServerCommands } from './client-contract.js';
import { QuickFixes } from './quick-fixes.js';
import { fixTitle } from 'spbe-model';
import { wholeDocumentEdit } from './spbe-formatter.js';

/** The source action that formats the document with its properties in canonical order. */
export const SortPropertiesKind = 'source.sortProperties';

/**
 * Quick fixes keyed by the diagnostic codes of spec §5 (see quick-fixes.ts), and the "Urutkan
 * properti" source action (offered when source actions are asked for, e.g. Source Action… or
 * `editor.codeActionsOnSave`, so that moving the cursor never pays for a formatting pass). A fix
 * that edits another file says which one in its title; every fix re-checks the workspace once its
 * edit is applied, so the findings of all files follow the edited, possibly unsaved, text.
 */
export class SpbeCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: SpbeServices) { }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        const only = params.context.only;
        if (only?.some(kind => SortPropertiesKind === kind || SortPropertiesKind.startsWith(`${kind}.`))) {
            const edits = wholeDocumentEdit(this.services, document, { sortProperties: true });
            if (edits.length > 0) {
                const title = fixTitle('sortProperties', this.services.spbe.Settings.locale);
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
            actions.push(...fix({ services: this.services, document, diagnostic, data, node }).map(action => this.complete(document, action)));
        }
        return actions;
    }

    private complete(document: LangiumDocument, action: CodeAction): CodeAction {
        const locale = this.services.spbe.Settings.locale;
        const others = editedUris(action.edit).filter(uri => uri !== document.uri.toString()).map(uri => displayPath(this.services, uri));
        const unnamed = others.filter(path => !action.title.includes(path));
        const title = unnamed.length > 0 ? fixTitle('inFile', locale, { title: action.title, path: unnamed.join(', ') }) : action.title;
        const command: Command = { title: fixTitle('recheck', locale), command: SpbeServerCommands.RecheckWorkspace };
        return { ...action, title, command };
    }
}

/** Every document a workspace edit changes or creates, in order, once each. */
function editedUris(edit: WorkspaceEdit | undefined): string[] {
    const uris = [
        ...Object.keys(edit?.changes ?? {}),
        ...(edit?.documentChanges ?? []).map(change => 'textDocument' in change ? change.textDocument.uri : 'uri' in change ? change.uri : change.newUri)
    ];
    return [...new Set(uris)];
}
