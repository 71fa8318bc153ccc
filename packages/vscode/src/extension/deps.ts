import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ValidationSummary } from 'spbe-server/protocol';

/** What each command registration gets: explicit, so commands stay testable and independent. */
export interface ExtensionDeps {
    readonly context: vscode.ExtensionContext;
    readonly client: LanguageClient;
    readonly output: vscode.LogOutputChannel;
    /** Fired after every build the server validates (the model is current then). */
    readonly onValidated: vscode.Event<ValidationSummary>;
}
