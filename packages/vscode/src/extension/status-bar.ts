import * as vscode from 'vscode';
import type { ExtensionDeps } from './deps.js';

/** `SPBE ⊗ 0 ⚠ 9` in the status bar, updated after every validation; click opens Problems. */
export function registerStatusBar({ context, onValidated }: ExtensionDeps): void {
    const item = vscode.window.createStatusBarItem('spbe.summary', vscode.StatusBarAlignment.Left, 10);
    item.name = 'SPBE';
    item.command = 'spbe.showProblems';
    item.text = '$(sync~spin) SPBE';
    item.show();
    context.subscriptions.push(item);
    context.subscriptions.push(onValidated(summary => {
        item.text = `SPBE $(error) ${summary.errors} $(warning) ${summary.warnings}`;
        item.tooltip = `${summary.files} files · ${summary.errors} errors · ${summary.warnings} warnings · ${summary.infos} infos`;
    }));
}
