import * as vscode from 'vscode';
import { ExportDiagramRequest } from 'spbe-language/protocol';
import type { ExtensionDeps } from '../deps.js';
import { outputFolder } from './generate-roadmap.js';

export interface ExportDiagramArgs {
    readonly view: string;
    readonly year?: number;
    readonly formats: string[];
}

const formats = ['svg', 'png', 'mermaid', 'plantuml', 'dot', 'archimate'];

/** SPBE: Export Diagram… — view, year and format quick picks; writes through the server and reveals the file. */
export function registerExportDiagramCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand('spbe.exportDiagram', async (preset?: ExportDiagramArgs) => {
        const args = preset ?? await ask();
        const output = outputFolder();
        if (!args || !output) {
            return undefined;
        }
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: 'SPBE: exporting the diagram…' },
            () => client.sendRequest(ExportDiagramRequest.type, { outputDir: output.fsPath, view: args.view, year: args.year, formats: args.formats }));
        const first = result.files[0];
        if (first && /\.(svg|mmd|puml|dot|xml)$/.test(first) && !preset) {
            await vscode.window.showTextDocument(vscode.Uri.file(first), { preview: false });
        } else if (first) {
            await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(first));
        }
        void vscode.window.showInformationMessage(`SPBE: wrote ${result.files.map(f => f.split(/[\\/]/).pop()).join(', ')}`);
        return result.files;
    }));
}

async function ask(): Promise<ExportDiagramArgs | undefined> {
    const activeOpd = /^\s*opd\s+([A-Za-z_][A-Za-z0-9_]*)/m.exec(vscode.window.activeTextEditor?.document.getText() ?? '')?.[1];
    const views = [
        { label: 'Layered architecture', description: 'layanan, proses bisnis, data, aplikasi, infrastruktur; keamanan at the side', view: 'layered' },
        { label: 'Cross-OPD integration map', description: 'OPDs, data use, application use, integrasi', view: 'integrasi' },
        { label: 'Gap', description: 'as-is → to-be: added, retired, unchanged', view: 'gap' },
        ...(activeOpd ? [{ label: `OPD ${activeOpd}`, description: 'the OPD of the active file, neighbours greyed', view: `opd:${activeOpd}` }] : [])
    ];
    const view = await vscode.window.showQuickPick(views, { title: 'SPBE: Export Diagram — view' });
    if (!view) {
        return undefined;
    }
    const yearPick = await vscode.window.showInputBox({ title: 'SPBE: Export Diagram — as of year (empty: all elements)', validateInput: v => !v || /^\d{4}$/.test(v) ? undefined : 'A four-digit year, or empty' });
    if (yearPick === undefined) {
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(formats, { canPickMany: true, title: 'SPBE: Export Diagram — formats' });
    return picked?.length ? { view: view.view, year: yearPick ? Number(yearPick) : undefined, formats: picked } : undefined;
}
