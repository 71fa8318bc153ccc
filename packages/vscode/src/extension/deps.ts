import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** What each command registration gets: explicit, so commands stay testable and independent. */
export interface ExtensionDeps {
    readonly context: vscode.ExtensionContext;
    readonly client: LanguageClient;
    readonly output: vscode.LogOutputChannel;
}
