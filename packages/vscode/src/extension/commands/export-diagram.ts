import * as vscode from 'vscode';
import { DiagramViewTitles, ExportDiagramRequest } from 'spbe-language/protocol';
import type { ExtensionDeps } from '../deps.js';
import { outputFolder } from './generate-roadmap.js';
import { t, uiLocale } from '../l10n.js';

export interface ExportDiagramArgs {
    readonly view: string;
    readonly year?: number;
    readonly formats: string[];
}

/** The format picker's items, in the user's language. */
const formats = () => [
    { label: 'SVG', description: t('vector drawing, for documents and the browser'), format: 'svg' },
    { label: 'PNG', description: t('image, for slides and chat'), format: 'png' },
    { label: 'Mermaid', description: t('diagram source for Markdown (GitLab, GitHub, wikis)'), format: 'mermaid' },
    { label: 'PlantUML', description: t('diagram source for PlantUML'), format: 'plantuml' },
    { label: 'DOT', description: t('Graphviz source'), format: 'dot' },
    { label: 'ArchiMate', description: t('Open Exchange XML, for Archi and other EA tools'), format: 'archimate' }
];

/** SPBE: Export Diagram… — view, year and format quick picks; writes through the server and reveals the file. */
export function registerExportDiagramCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand('spbe.exportDiagram', async (preset?: ExportDiagramArgs) => {
        const args = preset ?? await ask();
        const output = outputFolder();
        if (!args || !output) {
            return undefined;
        }
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('SPBE: exporting the diagram…') },
            () => client.sendRequest(ExportDiagramRequest.type, { outputDir: output.fsPath, view: args.view, year: args.year, formats: args.formats }));
        const first = result.files[0];
        if (first && /\.(svg|mmd|puml|dot|xml)$/.test(first) && !preset) {
            await vscode.window.showTextDocument(vscode.Uri.file(first), { preview: false });
        } else if (first) {
            await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(first));
        }
        void vscode.window.showInformationMessage(t('SPBE: wrote {0}', result.files.map(f => f.split(/[\\/]/).pop()).join(', ')));
        return result.files;
    }));
}

async function ask(): Promise<ExportDiagramArgs | undefined> {
    const activeOpd = /^\s*opd\s+([A-Za-z_][A-Za-z0-9_]*)/m.exec(vscode.window.activeTextEditor?.document.getText() ?? '')?.[1];
    const names = DiagramViewTitles;
    const locale = uiLocale();
    const views = [
        { label: names.layered[locale], description: t('layanan, proses bisnis, data, aplikasi, infrastruktur; keamanan at the side'), view: 'layered' },
        { label: names.integrasi[locale], description: t('OPDs, data use, application use, integrasi'), view: 'integrasi' },
        { label: names.gap[locale], description: t('as-is → to-be: added, retired, unchanged'), view: 'gap' },
        ...(activeOpd ? [{ label: `${names.opd[locale]} ${activeOpd}`, description: t('the OPD of the active file, neighbours greyed'), view: `opd:${activeOpd}` }] : [])
    ];
    const view = await vscode.window.showQuickPick(views, { title: t('SPBE: Export Diagram — view') });
    if (!view) {
        return undefined;
    }
    const yearPick = await vscode.window.showInputBox({ title: t('SPBE: Export Diagram — as of year (empty: all elements)'), validateInput: v => !v || /^\d{4}$/.test(v) ? undefined : t('A four-digit year, or empty') });
    if (yearPick === undefined) {
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(formats(), { canPickMany: true, title: t('SPBE: Export Diagram — formats') });
    return picked?.length ? { view: view.view, year: yearPick ? Number(yearPick) : undefined, formats: picked.map(p => p.format) } : undefined;
}
