import * as vscode from 'vscode';
import { SpbeCommands, DiagramChoicesRequest, ExportDiagramRequest } from 'spbe-server/protocol';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ExtensionDeps } from '../deps.js';
import { formatItems, openWith, viewItems, yearItems } from './export-diagram-options.js';
import { outputFolder } from './generate-roadmap.js';
import { t, uiLocale } from '../l10n.js';
import { declaredOpd } from '../identifier-input.js';

export interface ExportDiagramArgs {
    readonly view: string;
    readonly year?: number;
    readonly formats: string[];
}

/**
 * SPBE: Export Diagram… — view (whole pemda or one OPD of the workspace), year (of the periode) and
 * format quick picks; writes through the server, then opens a picture in VS Code's image preview,
 * an HTML page in the browser, a text format as text.
 */
export function registerExportDiagramCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.ExportDiagram, async (preset?: ExportDiagramArgs) => {
        const args = preset ?? await ask(client);
        const output = outputFolder();
        if (!args || !output) {
            return undefined;
        }
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('SPBE: exporting the diagram…') },
            () => client.sendRequest(ExportDiagramRequest.type, { outputDir: output.fsPath, view: args.view, year: args.year, formats: args.formats }));
        const first = result.files[0];
        const how = first && !preset ? openWith(first) : undefined;
        if (how === 'image') {
            await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(first));
        } else if (how === 'browser') {
            await vscode.env.openExternal(vscode.Uri.file(first));
        } else if (how === 'text') {
            await vscode.window.showTextDocument(vscode.Uri.file(first), { preview: false });
        } else if (first) {
            await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(first));
        }
        void vscode.window.showInformationMessage(t('SPBE: wrote {0}', result.files.map(f => f.split(/[\\/]/).pop()).join(', ')));
        return result.files;
    }));
}

async function ask(client: LanguageClient): Promise<ExportDiagramArgs | undefined> {
    const activeOpd = declaredOpd(vscode.window.activeTextEditor?.document.getText() ?? '');
    const choices = await client.sendRequest(DiagramChoicesRequest.type);
    const views = viewItems(choices, activeOpd, t, uiLocale()).map(item => item.kind === 'separator'
        ? { ...item, kind: vscode.QuickPickItemKind.Separator } : { ...item, kind: undefined });
    const view = await vscode.window.showQuickPick(views, { title: t('SPBE: Export Diagram — view'), matchOnDescription: true });
    if (!view) {
        return undefined;
    }
    const year = await vscode.window.showQuickPick(yearItems(choices.periode, t), { title: t('SPBE: Export Diagram — as of year') });
    if (!year) {
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(formatItems(t), { canPickMany: true, title: t('SPBE: Export Diagram — formats') });
    return picked?.length ? { view: view.view, year: year.year, formats: picked.map(p => p.label) } : undefined;
}
