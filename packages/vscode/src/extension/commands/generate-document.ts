import * as vscode from 'vscode';
import { SpbeCommands, GenerateDocumentRequest, type DocumentFormat, type DocumentJenis } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { t } from '../l10n.js';
import { outputFolder } from './generate-roadmap.js';

/** The two pickers' items, in the user's language, keyed by the generator's types (every jenis and format is offered, no other). */
const jenisItems = () => {
    const items: Record<DocumentJenis, { label: string; description: string }> = {
        'peta-rencana': { label: t('Peta Rencana SPBE'), description: t('lampiran: chapters, roadmap table per muatan, budget, Gantt') },
        arsitektur: { label: t('Arsitektur SPBE'), description: t('lampiran: a chapter per domain, diagrams, sharing and findings') }
    };
    return Object.entries(items).map(([jenis, item]) => ({ ...item, jenis, picked: true }));
};

const formatItems = () => {
    const items: Record<DocumentFormat, { label: string; description: string }> = {
        docx: { label: 'DOCX', description: t('editable in Word or LibreOffice') },
        pdf: { label: 'PDF', description: t('ready to read and print') }
    };
    return Object.entries(items).map(([format, item]) => ({ ...item, format, picked: true }));
};

/**
 * SPBE: Generate Document… — pick the documents and formats, write them through the server (the
 * same use case as `spbe generate dokumen`), reveal the first file.
 */
export function registerGenerateDocumentCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.GenerateDocument, async (preset?: { jenis: string[]; formats: string[] }) => {
        const jenis = preset?.jenis ?? (await vscode.window.showQuickPick(jenisItems(), { canPickMany: true, title: t('SPBE: Generate Document — documents') }))?.map(p => p.jenis);
        if (!jenis || jenis.length === 0) {
            return undefined;
        }
        const formats = preset?.formats ?? (await vscode.window.showQuickPick(formatItems(), { canPickMany: true, title: t('SPBE: Generate Document — formats') }))?.map(p => p.format);
        const output = outputFolder();
        if (!formats || formats.length === 0 || !output) {
            return undefined;
        }
        // As with the roadmap: written even with errors, and page 1 of each document says so. Cancelling the
        // notification cancels the request: the server stops between its phases having written nothing.
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('SPBE: generating the documents…'), cancellable: true },
            (_progress, token) => client.sendRequest(GenerateDocumentRequest.type, { outputDir: output.fsPath, jenis, formats, allowErrors: true }, token)
                .catch((error: unknown) => {
                    if (token.isCancellationRequested) {
                        return undefined;
                    }
                    throw error;
                }));
        if (!result) {
            return undefined;
        }
        const warning = result.errors > 0 ? ` ${t('The workspace has {0} error(s); the documents may be incomplete.', result.errors)}` : '';
        if (result.files[0]) {
            await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(result.files[0]));
        }
        void vscode.window.showInformationMessage(`${t('SPBE: wrote {0} file(s) to {1}.', result.files.length, output.fsPath)}${warning}`);
        return result.files;
    }));
}
