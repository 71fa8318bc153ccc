import type { Locale } from 'spbe-model';
import type { WorkspaceDiff } from './diff-model.js';
import { diffHtml } from './diff-html.js';
import { diffMarkdown } from './diff-markdown.js';
import { diffText } from './diff-text.js';

export const DiffFormats = ['text', 'md', 'html', 'json'] as const;
export type DiffFormat = typeof DiffFormats[number];

export function renderDiff(diff: WorkspaceDiff, format: DiffFormat, locale: Locale): string {
    switch (format) {
        case 'text': return diffText(diff, locale);
        case 'md': return diffMarkdown(diff, locale);
        case 'html': return diffHtml(diff, locale);
        case 'json': {
            // JSON keeps identifiers: the names table is for the reports people read.
            const { names: _names, marks: _marks, ...identifiers } = diff;
            return `${JSON.stringify({ format: 'spbe-diff', version: 2, ...identifiers }, null, 2)}\n`;
        }
    }
}

export * from './diff-model.js';
export { computeDiff, type DiffSide } from './compute-diff.js';
export { diffHtml, type DiffWebviewOptions } from './diff-html.js';
