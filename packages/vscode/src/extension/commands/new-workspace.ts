import * as vscode from 'vscode';
import { SpbeCommands, InitWorkspaceRequest } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { t, uiLocale } from '../l10n.js';
import { nameInputProblem } from '../identifier-input.js';

/** SPBE: New SPBE Workspace — what `spbe init` does, into a folder the user picks. */
export function registerNewWorkspaceCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.NewWorkspace, async (target?: vscode.Uri) => {
        const folder = target ?? (await vscode.window.showOpenDialog({
            canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: t('Create SPBE workspace here'),
            defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri
        }))?.[0];
        if (!folder) {
            return undefined;
        }
        const name = await vscode.window.showInputBox({
            prompt: t('Pemda identifier'), value: 'KotaContoh',
            validateInput: v => nameInputProblem(v, uiLocale())
        });
        if (!name) {
            return undefined;
        }
        const title = await vscode.window.showInputBox({ prompt: t('Pemda title'), value: 'Pemerintah Kota Contoh' }) ?? 'Pemerintah Kota Contoh';
        try {
            const files = await client.sendRequest(InitWorkspaceRequest.type, { folder: folder.fsPath, name, title, year: new Date().getFullYear() });
            const pemda = files.find(f => f.endsWith('pemda.spbe'));
            if (pemda) {
                await vscode.window.showTextDocument(vscode.Uri.file(pemda));
            }
            return files;
        } catch (error) {
            void vscode.window.showErrorMessage(`SPBE: ${(error as Error).message}`);
            return undefined;
        }
    }));
}
