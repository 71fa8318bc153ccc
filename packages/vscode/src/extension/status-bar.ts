import * as vscode from 'vscode';
import { SpbeCommands } from 'spbe-server/protocol';
import type { ExtensionDeps } from './deps.js';
import { t } from './l10n.js';

/** `SPBE ⊗ 0 ⚠ 9` in the status bar, updated after every validation; click opens Problems. */
export function registerStatusBar({ context, onValidated }: ExtensionDeps): void {
    const item = vscode.window.createStatusBarItem('spbe.summary', vscode.StatusBarAlignment.Left, 10);
    item.name = 'SPBE';
    item.command = SpbeCommands.ShowProblems;
    item.text = '$(sync~spin) SPBE';
    item.show();
    context.subscriptions.push(item);
    context.subscriptions.push(onValidated(summary => {
        item.text = `SPBE $(error) ${summary.errors} $(warning) ${summary.warnings}`;
        item.tooltip = t('{0} files · {1} errors · {2} warnings · {3} infos — click to show Problems', summary.files, summary.errors, summary.warnings, summary.infos);
    }));
}
