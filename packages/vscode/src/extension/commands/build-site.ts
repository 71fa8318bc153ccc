import * as vscode from 'vscode';
import { BuildSiteRequest, SpbeCommands } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { t } from '../l10n.js';
import { outputFolder } from './generate-roadmap.js';

/**
 * SPBE: Build Site… — the static portal of the workspace (what `spbe build site` writes) into
 * `<spbe.export.outputDirectory>/site`, built by the server, then its start page opened in the
 * system's browser. Like the other generators in the editor it builds also with errors and says so.
 */
export function registerBuildSiteCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.BuildSite, async () => {
        const output = outputFolder();
        if (!output) {
            void vscode.window.showWarningMessage(t('SPBE: open a folder with .spbe files first.'));
            return undefined;
        }
        const site = vscode.Uri.joinPath(output, 'site');
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('SPBE: building the site…') },
            () => client.sendRequest(BuildSiteRequest.type, { outputDir: site.fsPath, allowErrors: true }));
        await vscode.env.openExternal(vscode.Uri.file(result.index));
        const warning = result.errors > 0 ? ` ${t('The workspace has {0} error(s); every page says so.', result.errors)}` : '';
        void vscode.window.showInformationMessage(t('SPBE: the site is in {0}; its start page is open in the browser.{1}', result.dir, warning));
        return result.index;
    }));
}
