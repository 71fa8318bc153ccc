import * as vscode from 'vscode';
import { SpbeCommands, ExportInventoryRequest, type InventoryFormat, ImportInventoryRequest, InventoryOpdsRequest, type ImportInventoryResult } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { csvSeparatorSetting, outputFolder } from './generate-roadmap.js';
import { t, uiLocale } from '../l10n.js';
import { nameInputProblem } from '../identifier-input.js';

/** Arguments that skip the dialogs (tests, other extensions): files, OPDs, and whether to write valid rows only. */
export interface ImportInventoryArgs {
    readonly files: string[];
    readonly opds: string[] | 'all';
    readonly partial?: boolean;
}

async function ask(client: ExtensionDeps['client']): Promise<ImportInventoryArgs | undefined> {
    const picked = await vscode.window.showOpenDialog({
        title: t('SPBE: Import OPD Inventory — the filled workbook (or per-sheet CSV files)'),
        canSelectMany: true, filters: { [t('SPBE inventory')]: ['xlsx', 'csv'] }
    });
    if (!picked?.length) {
        return undefined;
    }
    const files = picked.map(u => u.fsPath);
    const codes = await client.sendRequest(InventoryOpdsRequest.type, { files });
    const items = [
        ...codes.map(code => ({ label: code, description: t('rows of this OPD'), opds: [code] as string[] | 'all' })),
        ...(codes.length > 1 ? [{ label: t('All OPDs'), description: t('{0} OPDs, one file each', codes.length), opds: 'all' as const }] : []),
        { label: t('Another OPD…'), description: t('rows without an OPD code belong to it'), opds: [] as string[] }
    ];
    const choice = await vscode.window.showQuickPick(items, { title: t('SPBE: Import OPD Inventory — which OPD?') });
    if (!choice) {
        return undefined;
    }
    let opds = choice.opds;
    if (Array.isArray(opds) && opds.length === 0) {
        const code = await vscode.window.showInputBox({ title: t('SPBE: Import OPD Inventory — OPD code'), validateInput: v => nameInputProblem(v, uiLocale()) });
        if (!code) {
            return undefined;
        }
        opds = [code];
    }
    return { files, opds };
}

/** The export picker's items; keyed by the generator's format type, so every inventory format is offered, no other. */
function inventoryFormatItems(): Array<{ label: string; description: string; format: string }> {
    const items: Record<InventoryFormat, { label: string; description: string }> = {
        xlsx: { label: 'XLSX', description: t('one workbook, the same as the template') },
        csv: { label: 'CSV', description: t('one file per sheet') }
    };
    return Object.entries(items).map(([format, item]) => ({ ...item, format }));
}

function describe(result: ImportInventoryResult): string {
    return result.files.map(f => `${vscode.workspace.asRelativePath(f.file)} (${!f.changed ? t('{0} elements, no changes', f.elements) : f.replaces ? t('{0} elements, replaces the OPD\'s block in it', f.elements) : t('{0} elements', f.elements)})`).join(', ');
}

/**
 * SPBE: Import OPD Inventory… — pick the workbook and the OPD, see what the import finds (a dry run),
 * then confirm. With problems the user may write the valid rows only; the problems stay in the output.
 */
export function registerInventoryCommands({ context, client, output }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.ImportInventory, async (preset?: ImportInventoryArgs) => {
        const folder = vscode.workspace.workspaceFolders?.[0];
        const args = preset ?? await ask(client);
        if (!folder || !args) {
            return undefined;
        }
        const request = { files: args.files, workspace: folder.uri.fsPath, opds: args.opds };
        const preview = await client.sendRequest(ImportInventoryRequest.type, { ...request, dryRun: true, partial: args.partial });
        output.info(`Import preview: ${preview.problems.length} problem(s)`);
        preview.problems.forEach(p => output.warn(p));
        preview.notes.forEach(n => output.info(n));
        preview.kept.forEach(k => output.info(k));
        // What the import would write, file by file, for the user to read before confirming.
        preview.diffs.forEach(d => output.info(`${d.diff}${d.omitted ? `… ${t('{0} more diff line(s) not shown', d.omitted)}` : ''}`));
        let partial = args.partial ?? false;
        if (!preset) {
            const write = t('Write');
            const validOnly = t('Write Valid Rows Only');
            const showProblems = t('Show Problems');
            const actions = preview.problems.length === 0 ? [write] : [validOnly, showProblems];
            const detail = preview.problems.length === 0
                ? `${describe(preview)}.${preview.notes.length ? ` ${t('The workspace reports {0} warning(s) in them.', preview.notes.length)}` : ''}`
                : `${t('{0} problem(s), e.g.', preview.problems.length)}\n${preview.problems.slice(0, 5).join('\n')}`;
            const answer = await vscode.window.showInformationMessage(t('SPBE: import {0}?', describe(preview)), { modal: true, detail }, ...actions);
            if (answer === showProblems) {
                output.show(true);
                return undefined;
            }
            if (!answer) {
                return undefined;
            }
            partial = answer === validOnly;
        }
        const result = await client.sendRequest(ImportInventoryRequest.type, { ...request, force: true, partial });
        if (!result.written && result.problems.length === 0 && result.files.every(f => !f.changed)) {
            void vscode.window.showInformationMessage(`SPBE: no changes — ${describe(result)}; nothing was written.`);
            return result;
        }
        if (!result.written) {
            result.problems.forEach(p => output.warn(p));
            void vscode.window.showErrorMessage(t('SPBE: nothing imported — {0} problem(s); see the SPBE output.', result.problems.length), t('Show Output'))
                .then(a => a && output.show(true));
            return result;
        }
        const first = result.files[0];
        if (first && !preset) {
            await vscode.window.showTextDocument(vscode.Uri.file(first.file), { preview: false });
        }
        void vscode.window.showInformationMessage(result.skippedRows
            ? t('SPBE: imported {0}; {1} row(s) skipped.', describe(result), result.skippedRows) : t('SPBE: imported {0}.', describe(result)));
        return result;
    }));

    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.ExportInventory, async (presetFormats?: string[]) => {
        const formats = presetFormats ?? (await vscode.window.showQuickPick(inventoryFormatItems(),
            { canPickMany: true, title: t('SPBE: Export Inventory — formats') }))?.map(p => p.format);
        const out = outputFolder();
        if (!formats?.length || !out) {
            return undefined;
        }
        const result = await client.sendRequest(ExportInventoryRequest.type, { outputDir: out.fsPath, formats, csvSeparator: csvSeparatorSetting() });
        if (result.files[0] && !presetFormats) {
            await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(result.files[0]));
        }
        void vscode.window.showInformationMessage(t('SPBE: wrote {0}', result.files.map(f => f.split(/[\\/]/).pop()).join(', ')));
        return result.files;
    }));
}
