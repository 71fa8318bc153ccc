import * as vscode from 'vscode';
import { OpdDependenciesRequest, SpbeCommands, type OpdDependencyEntry } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';

interface EntryItem extends vscode.QuickPickItem {
    readonly entry?: OpdDependencyEntry;
}

/**
 * The target of the OPD code lens's references part: the OPD's cross-OPD references in a list
 * grouped by direction and OPD (headings from the server, in its language), each with its sharing
 * status; moving through the list previews the reference, choosing one opens it, cancelling returns
 * to the editor the lens was clicked in.
 */
export function registerOpdDependenciesCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.ShowOpdDependencies, async (uri: string, opd: string) => {
        const result = await client.sendRequest(OpdDependenciesRequest.type, { uri, opd });
        if (!result) {
            return undefined;
        }
        if (result.count === 0) {
            void vscode.window.showInformationMessage(result.emptyText);
            return result;
        }
        const items: EntryItem[] = result.groups.flatMap(group => [
            { label: group.label, kind: vscode.QuickPickItemKind.Separator },
            ...group.entries.map(entry => ({
                label: `${entry.status === 'notGranted' ? '$(warning) ' : ''}${entry.from} → ${entry.to}`,
                description: entry.statusText,
                detail: `${entry.path}:${entry.range.start.line + 1}`,
                entry
            }))
        ]);
        const open = (entry: OpdDependencyEntry, preview: boolean) => vscode.window.showTextDocument(vscode.Uri.parse(entry.uri), {
            selection: client.protocol2CodeConverter.asRange(entry.range), preserveFocus: preview, preview: true
        });
        const origin = vscode.window.activeTextEditor;
        const pick = vscode.window.createQuickPick<EntryItem>();
        pick.title = result.title;
        pick.items = items;
        pick.matchOnDescription = true;
        pick.matchOnDetail = true;
        pick.onDidChangeActive(([active]) => active?.entry && void open(active.entry, true));
        const chosen = await new Promise<EntryItem | undefined>(resolve => {
            pick.onDidAccept(() => resolve(pick.selectedItems[0]));
            pick.onDidHide(() => resolve(undefined));
            pick.show();
        });
        pick.dispose();
        if (chosen?.entry) {
            await open(chosen.entry, false);
        } else if (origin) {
            // Cancelled: back to where the lens was clicked, as after a peek.
            await vscode.window.showTextDocument(origin.document, { selection: origin.selection, viewColumn: origin.viewColumn });
        }
        return result;
    }));
}
