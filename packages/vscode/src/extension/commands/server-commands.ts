import * as vscode from 'vscode';
import { SpbeCommands } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';

/** Restart Language Server, Show Output, Show Problems (the target of the OPD code lens). */
export function registerServerCommands({ context, client, output }: ExtensionDeps): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(SpbeCommands.RestartServer, async () => {
            await client.restart();
            output.info('Language server restarted');
        }),
        vscode.commands.registerCommand(SpbeCommands.ShowOutput, () => output.show(true)),
        vscode.commands.registerCommand(SpbeCommands.ShowProblems, () => vscode.commands.executeCommand('workbench.actions.view.problems'))
    );
}
