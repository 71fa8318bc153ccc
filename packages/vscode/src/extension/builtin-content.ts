import * as vscode from 'vscode';
import { BuiltinContentRequest } from 'spbe-server/protocol';
import type { ExtensionDeps } from './deps.js';

/** Go-to-definition on `nasional.*` opens the built-in library, served read-only by the server. */
export function registerBuiltinContent({ context, client }: ExtensionDeps): void {
    const provider: vscode.TextDocumentContentProvider = {
        provideTextDocumentContent: async uri => (await client.sendRequest(BuiltinContentRequest.type, { uri: uri.toString() })) ?? ''
    };
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider('spbe-builtin', provider));
    context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(document => {
        if (document.uri.scheme === 'spbe-builtin' && document.languageId !== 'spbe') {
            void vscode.languages.setTextDocumentLanguage(document, 'spbe');
        }
    }));
}
