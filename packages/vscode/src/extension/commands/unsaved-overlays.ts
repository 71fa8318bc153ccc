import * as path from 'node:path';

/** What the overlay logic needs of a `vscode.TextDocument` (kept structural so it is testable without VS Code). */
export interface OpenDocument {
    readonly uri: { readonly scheme: string; readonly fsPath: string };
    readonly isDirty: boolean;
    getText(): string;
}

/**
 * The unsaved `.spbe` editors inside `folder`, as overlays for the review: the comparison uses the
 * text the user sees, and nothing is saved behind their back. Saved documents are read from disk
 * by the server anyway; untitled documents and files of other folders do not belong to the workspace.
 */
export function unsavedOverlays(documents: readonly OpenDocument[], folder: string): Array<{ file: string; text: string }> {
    const root = path.resolve(folder);
    return documents
        .filter(d => d.isDirty && d.uri.scheme === 'file' && d.uri.fsPath.endsWith('.spbe'))
        .filter(d => {
            const relative = path.relative(root, path.resolve(d.uri.fsPath));
            return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
        })
        .map(d => ({ file: path.resolve(d.uri.fsPath), text: d.getText() }));
}
