import * as vscode from 'vscode';
import { ValidateWorkspaceRequest } from 'spbe-language/protocol';
import type { ExtensionDeps } from '../deps.js';

/** SPBE: Validate Workspace — every check, now, whatever `spbe.validation.slowChecks` says. */
export function registerValidateCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand('spbe.validateWorkspace', async () => {
        const summary = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: 'SPBE: validating the workspace…' },
            () => client.sendRequest(ValidateWorkspaceRequest.type));
        void vscode.window.showInformationMessage(
            `SPBE: ${summary.files} files — ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos.`);
        return summary;
    }));
}
