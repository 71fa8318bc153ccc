import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { SpbeCommands, CompareRevisionRequest } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { parseOpenRequest } from '../webview-messages.js';
import { unsavedOverlays } from './unsaved-overlays.js';
import { t, uiLocale } from '../l10n.js';

const run = promisify(execFile);

interface RevisionPick extends vscode.QuickPickItem {
    readonly ref?: string;
}

/** Tags first (approved versions are usually tagged), then recent commits, then free input. */
async function revisionPicks(folder: string): Promise<RevisionPick[]> {
    const git = async (args: string[]) => (await run('git', args, { cwd: folder })).stdout.split('\n').filter(Boolean);
    const tags = await git(['tag', '--sort=-creatordate', '--format=%(refname:short)\t%(creatordate:short)']).catch(() => []);
    const commits = await git(['log', '-n', '30', '--format=%h\t%s\t%cr', '--', '.']);
    return [
        { label: 'HEAD', description: t('the last commit'), ref: 'HEAD' },
        ...tags.slice(0, 20).map(line => { const [tag, date] = line.split('\t'); return { label: `$(tag) ${tag}`, description: date, ref: tag }; }),
        ...commits.map(line => { const [hash, subject, when] = line.split('\t'); return { label: `$(git-commit) ${hash}`, description: subject, detail: when, ref: hash }; }),
        { label: t('Enter a revision…'), description: t('a branch, tag or commit') }
    ];
}

/** The workspace folder of the active .spbe file, else the first one. */
function currentFolder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** SPBE: Compare with Revision… — pick a git revision; the review report opens in a webview. */
export function registerCompareRevisionCommand({ context, client }: ExtensionDeps): void {
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.CompareWithRevision, async (presetRef?: string) => {
        const folder = currentFolder();
        if (!folder) {
            void vscode.window.showErrorMessage(t('SPBE: open a folder with .spbe files first.'));
            return undefined;
        }
        let ref = presetRef;
        if (!ref) {
            const picks = await revisionPicks(folder.uri.fsPath).catch((error: Error) => {
                void vscode.window.showErrorMessage(t('SPBE: {0} is not in a git repository ({1}).', folder.name, error.message.split('\n')[0]));
                return undefined;
            });
            if (!picks) {
                return undefined;
            }
            const picked = await vscode.window.showQuickPick(picks, { title: t('SPBE: Compare with Revision'), placeHolder: t('The approved version to compare the workspace with (unsaved editors included)') });
            ref = picked?.ref ?? (picked ? await vscode.window.showInputBox({ title: t('SPBE: Compare with Revision — git revision'), placeHolder: 'v2025-perwali, main~3, a1b2c3d' }) : undefined);
        }
        if (!ref) {
            return undefined;
        }
        // The editors' current text is compared as it is; nothing is saved.
        const overlays = unsavedOverlays(vscode.workspace.textDocuments, folder.uri.fsPath);
        const nonce = randomBytes(16).toString('base64');
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('SPBE: comparing with {0}…', ref) },
            () => client.sendRequest(CompareRevisionRequest.type, { folder: folder.uri.fsPath, base: ref!, nonce, overlays, locale: uiLocale() }));
        const panel = vscode.window.createWebviewPanel('spbe.review', t('SPBE Review: {0}', result.oldLabel), vscode.ViewColumn.Active,
            { enableScripts: true, localResourceRoots: [] });
        panel.webview.html = result.html;
        panel.webview.onDidReceiveMessage(async message => {
            const target = parseOpenRequest(folder.uri.fsPath, message);
            if (target) {
                const position = new vscode.Position(target.line, target.character);
                await vscode.window.showTextDocument(vscode.Uri.file(target.fsPath), { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(position, position) });
            }
        }, undefined, context.subscriptions);
        return { empty: result.empty, oldLabel: result.oldLabel, unsaved: overlays.length };
    }));
}
