import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';

/**
 * Applies a WorkspaceEdit (plain changes, or document changes with file creation) to a set of
 * files keyed by URI, returning the new texts: what the editor would write.
 */
export function applyWorkspaceEdit(files: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
    const result = { ...files };
    const apply = (uri: string, edits: TextEdit[]) => {
        const document = TextDocument.create(uri, 'spbe', 0, result[uri] ?? '');
        result[uri] = TextDocument.applyEdits(document, edits);
    };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        apply(uri, edits);
    }
    for (const change of edit.documentChanges ?? []) {
        if ('kind' in change) {
            if (change.kind === 'create' && result[change.uri] === undefined) {
                result[change.uri] = '';
            }
        } else {
            apply(change.textDocument.uri, change.edits as TextEdit[]);
        }
    }
    return result;
}
