import { escapeHtml as e } from '../output/escape.js';
import type { Locale } from 'spbe-model';
import { diffNotices, isEmptyDiff, type WorkspaceDiff } from './diff-model.js';
import { diffWord } from 'spbe-model';
import { diffSections, summaryRows, type DiffEntry, type DiffSign } from './diff-sections.js';

/** Set by the editor: the report then runs in a webview whose one script (with this nonce) opens clicked changes. */
export interface DiffWebviewOptions {
    readonly nonce: string;
}

const signClass: Record<DiffSign, string> = { '+': 'added', '-': 'removed', '~': 'changed', '>': 'renamed' };

// Colours come from the editor theme inside VS Code and fall back to a light palette in a browser.
const style = `
body { font-family: var(--vscode-font-family, 'DejaVu Sans', 'Segoe UI', Arial, sans-serif); font-size: 13px; margin: 24px;
  color: var(--vscode-foreground, #1f2328); background: var(--vscode-editor-background, #ffffff); }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; } h3 { font-size: 14px; margin: 14px 0 6px; }
.sides { color: var(--vscode-descriptionForeground, #57606a); margin-bottom: 16px; }
table.summary { border-collapse: collapse; margin-bottom: 8px; }
table.summary th, table.summary td { border: 1px solid var(--vscode-panel-border, #d0d7de); padding: 4px 8px; text-align: left; }
ul { list-style: none; padding-left: 0; margin: 0 0 8px; }
li { margin: 2px 0; unicode-bidi: isolate; overflow-wrap: anywhere; }
li ul { padding-left: 28px; color: var(--vscode-descriptionForeground, #57606a); }
.sign { display: inline-block; width: 1.4em; font-weight: bold; text-align: center; }
.added > .sign { color: var(--vscode-gitDecoration-addedResourceForeground, #1a7f37); }
.removed > .sign { color: var(--vscode-gitDecoration-deletedResourceForeground, #cf222e); }
.changed > .sign { color: var(--vscode-gitDecoration-modifiedResourceForeground, #9a6700); }
.renamed > .sign { color: var(--vscode-gitDecoration-renamedResourceForeground, #0969da); }
a.open { color: var(--vscode-textLink-foreground, #0969da); cursor: pointer; text-decoration: none; }
a.open:hover, a.open:focus { text-decoration: underline; }
`;

// Runs only in the editor's webview: clicking a change asks the extension to open it there.
const script = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', event => {
  const link = event.target instanceof Element ? event.target.closest('a.open') : null;
  if (!link) { return; }
  event.preventDefault();
  vscode.postMessage({ type: 'open', uri: link.dataset.uri, file: link.dataset.file, line: Number(link.dataset.line) });
});
`;

function headline(entry: DiffEntry, interactive: boolean): string {
    const text = e(entry.headline);
    const t = entry.target;
    if (!interactive || !t) {
        return text;
    }
    const where = t.uri ? ` data-uri="${e(t.uri)}"` : ` data-file="${e(t.file ?? '')}"`;
    return `<a class="open" href="#"${where} data-line="${t.line}">${text}</a>`;
}

/**
 * A self-contained HTML report: the summary numbers first, then every section (elements per OPD).
 * Standalone it has no script and no external resource; in the editor it carries one nonce'd script.
 */
export function diffHtml(diff: WorkspaceDiff, locale: Locale, webview?: DiffWebviewOptions): string {
    const csp = webview
        ? `default-src 'none'; style-src 'nonce-${webview.nonce}'; script-src 'nonce-${webview.nonce}'`
        : `default-src 'none'; style-src 'unsafe-inline'`;
    const nonce = webview ? ` nonce="${webview.nonce}"` : '';
    const out: string[] = ['<!DOCTYPE html>', `<html lang="${locale}">`, '<head>', '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        `<title>${e(diffWord('title', locale))}</title>`, `<style${nonce}>${style}</style>`, '</head>', '<body>',
        ...diffNotices(diff, locale).map(n => `<p class="notice"><strong>${e(n)}</strong></p>`),
        `<h1>${e(diffWord('title', locale))}</h1>`,
        `<div class="sides"><span class="old">${e(diff.oldLabel)}</span> → <span class="new">${e(diff.newLabel)}</span>${diff.pemdaTitle ? ` · ${e(diff.pemdaTitle)}` : ''}</div>`];
    if (isEmptyDiff(diff)) {
        out.push(`<p class="empty">${e(diffWord('noChanges', locale))}</p>`);
    } else {
        out.push(`<h2>${e(diffWord('summary', locale))}</h2>`, '<table class="summary"><tbody>',
            ...summaryRows(diff, locale).map(([label, value]) => `<tr><th>${e(label)}</th><td>${e(value)}</td></tr>`), '</tbody></table>');
        for (const section of diffSections(diff, locale)) {
            out.push(`<section id="${section.id}"><h2>${e(section.title)}</h2>`);
            for (const group of section.groups.filter(g => g.entries.length > 0)) {
                if (group.title) {
                    out.push(`<h3>${e(group.title)}</h3>`);
                }
                out.push('<ul>');
                for (const entry of group.entries) {
                    const details = entry.details.length ? `<ul>${entry.details.map(d => `<li>${e(d)}</li>`).join('')}</ul>` : '';
                    out.push(`<li class="${signClass[entry.sign]}"><span class="sign">${e(entry.sign)}</span>${headline(entry, !!webview)}${details}</li>`);
                }
                out.push('</ul>');
            }
            out.push('</section>');
        }
    }
    if (webview) {
        out.push(`<script${nonce}>${script}</script>`);
    }
    out.push('</body>', '</html>', '');
    return out.join('\n');
}
