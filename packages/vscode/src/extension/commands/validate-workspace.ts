import * as vscode from 'vscode';
import { SpbeCommands, ValidateWorkspaceRequest } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { t } from '../l10n.js';

/** SPBE: Validate Workspace — every check, now, whatever `spbe.validation.slowChecks` says. */
export function registerValidateCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.ValidateWorkspace, async () => {
        const summary = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('SPBE: validating the workspace…') },
            () => client.sendRequest(ValidateWorkspaceRequest.type));
        void vscode.window.showInformationMessage(
            t('SPBE: {0} files — {1} errors, {2} warnings, {3} infos.', summary.files, summary.errors, summary.warnings, summary.infos));
        return summary;
    }));
}
