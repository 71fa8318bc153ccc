import * as vscode from 'vscode';
import type { ExtensionDeps } from '../deps.js';

/** Restart Language Server, Show Output, Show Problems (the target of the OPD code lens). */
export function registerServerCommands({ context, client, output }: ExtensionDeps): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('spbe.restartServer', async () => {
            await client.restart();
            output.info('Language server restarted');
        }),
        vscode.commands.registerCommand('spbe.showOutput', () => output.show(true)),
        vscode.commands.registerCommand('spbe.showProblems', () => vscode.commands.executeCommand('workbench.actions.view.problems'))
    );
}
