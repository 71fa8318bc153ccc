import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ExtensionDeps } from '../deps.js';
import { t, uiLocale } from '../l10n.js';
import { SpbeCommands } from 'spbe-server/protocol';
import { ruleCommandLink, rulePage } from './rule-section.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A finding's code link runs `spbe.showRule` instead of opening the Markdown source (client middleware). */
export function linkRuleDocs(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    for (const d of diagnostics) {
        if (typeof d.code === 'object' && d.code.target) {
            const link = ruleCommandLink(d.code.target.toString(true));
            if (link) {
                d.code = { value: d.code.value, target: vscode.Uri.parse(link, true) };
            }
        }
    }
    return diagnostics;
}

/**
 * `spbe.showRule <code>`: the rule's section of the bundled reference, rendered by VS Code's
 * Markdown renderer in a webview (no scripts), in the language of `spbe.locale`. One panel, reused.
 */
export function registerRuleDocs({ context }: ExtensionDeps): void {
    let panel: vscode.WebviewPanel | undefined;
    const read = (file: string) => { try { return readFileSync(context.asAbsolutePath(file), 'utf-8'); } catch { return ''; } };
    context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.ShowRule, async (code?: unknown) => {
        if (typeof code !== 'string') {
            return undefined;
        }
        const locale = uiLocale();
        const page = rulePage(code, locale, read('docs/diagnostics.md'), read('docs/diagnostics.id.md'));
        if (!page) {
            void vscode.window.showWarningMessage(t('SPBE: no documentation for {0}.', code));
            return undefined;
        }
        const body = await Promise.resolve(vscode.commands.executeCommand<string>('markdown.api.render', page))
            .catch(() => undefined) ?? `<pre>${escape(page)}</pre>`;
        if (!panel) {
            panel = vscode.window.createWebviewPanel('spbe.rule', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false });
            panel.onDidDispose(() => { panel = undefined; }, undefined, context.subscriptions);
        }
        panel.title = t('SPBE: rule {0}', code);
        const csp = `default-src 'none'; style-src ${panel.webview.cspSource} 'unsafe-inline'; img-src ${panel.webview.cspSource} data:`;
        panel.webview.html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">`
            + `<style>body{font-family:var(--vscode-font-family);line-height:1.5;max-width:52em;padding:0 1em}code,pre{font-family:var(--vscode-editor-font-family)}pre{padding:.6em;background:var(--vscode-textCodeBlock-background)}</style>`
            + `</head><body>${body}</body></html>`;
        panel.reveal(vscode.ViewColumn.Beside, true);
        return { code, locale, markdown: page };
    }));
}
