import * as path from 'node:path';
import * as vscode from 'vscode';
import { SpbeCommands, GenerateRoadmapRequest, type RoadmapFormat } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { t } from '../l10n.js';

/**
 * The format picker's items, in the user's language (built when asked, so a changed `spbe.locale`
 * applies). Keyed by the generator's format type: every roadmap format is offered, no other.
 */
const formats = () => {
    const items: Record<RoadmapFormat, { label: string; description: string }> = {
        html: { label: 'HTML', description: t('self-contained report: table, Gantt, coverage, gap') },
        xlsx: { label: 'XLSX', description: t('Excel workbook, one sheet per table') },
        md: { label: 'Markdown', description: t('for a merge request or a wiki') },
        csv: { label: 'CSV', description: t('one file per table, UTF-8 with BOM') },
        mermaid: { label: 'Mermaid', description: t('Gantt chart source') },
        json: { label: 'JSON', description: t('documented schema, for other tools') }
    };
    return Object.entries(items).map(([format, item]) => ({ ...item, format }));
};

/** The folder generated documents go to: `spbe.export.outputDirectory` inside the workspace folder. */
export function outputFolder(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        return undefined;
    }
    const setting = vscode.workspace.getConfiguration('spbe').get<string>('export.outputDirectory') || 'out';
    return path.isAbsolute(setting) ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
}

/** The CSV field separator the user chose (`spbe.export.csvSeparator`); undefined lets the server follow the locale. */
export function csvSeparatorSetting(): ',' | ';' | undefined {
    const setting = vscode.workspace.getConfiguration('spbe').get<string>('export.csvSeparator');
    return setting === ',' || setting === ';' ? setting : undefined;
}

/** SPBE: Generate Roadmap… — pick formats, write them through the server, open or reveal the result. */
export function registerGenerateRoadmapCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.GenerateRoadmap, async (preset?: string[]) => {
        const picked = preset ?? (await vscode.window.showQuickPick(formats(), { canPickMany: true, title: t('SPBE: Generate Roadmap — formats') }))?.map(p => p.format);
        const output = outputFolder();
        if (!picked || picked.length === 0 || !output) {
            return undefined;
        }
        // In the editor the documents are written even with errors (the CLI's --allow-errors), and the
        // message below says how many there are: the user sees them in the Problems panel already.
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('SPBE: generating the Peta Rencana…') },
            () => client.sendRequest(GenerateRoadmapRequest.type, { outputDir: output.fsPath, formats: picked, csvSeparator: csvSeparatorSetting(), allowErrors: true }));
        const warning = result.errors > 0 ? ` ${t('The workspace has {0} error(s); the documents may be incomplete.', result.errors)}` : '';
        const first = result.files.find(f => /\.(html|md|json|mmd)$/.test(f)) ?? result.files[0];
        if (first && /\.(html|md|json|mmd)$/.test(first)) {
            await vscode.window.showTextDocument(vscode.Uri.file(first), { preview: false });
        } else if (first) {
            await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(first));
        }
        void vscode.window.showInformationMessage(`${t('SPBE: wrote {0} file(s) to {1}.', result.files.length, output.fsPath)}${warning}`);
        return result.files;
    }));
}
