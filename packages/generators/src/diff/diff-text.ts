import type { Locale } from 'spbe-model';
import { isEmptyDiff, type WorkspaceDiff } from './diff-model.js';
import { diffWord } from 'spbe-model';
import { diffSections, summaryRows } from './diff-sections.js';
import { appendAll, maxOf } from 'spbe-model';

/** Control and bidi characters would let a title rearrange a terminal line; they are shown as U+FFFD. */
function plain(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}

/** The diff for a terminal: summary, then each section with +, -, ~ and > markers. */
export function diffText(diff: WorkspaceDiff, locale: Locale): string {
    const lines = [`${diffWord('title', locale)}: ${plain(diff.oldLabel)} → ${plain(diff.newLabel)}${diff.pemdaTitle ? ` (${plain(diff.pemdaTitle)})` : ''}`, ''];
    if (isEmptyDiff(diff)) {
        return `${lines.join('\n')}${diffWord('noChanges', locale)}\n`;
    }
    lines.push(`${diffWord('summary', locale)}:`);
    const rows = summaryRows(diff, locale);
    const width = maxOf(rows.map(([label]) => label.length));
    appendAll(lines, rows.map(([label, value]) => `  ${label.padEnd(width)}  ${plain(value)}`));
    lines.push('');
    for (const section of diffSections(diff, locale)) {
        lines.push(`${section.title}:`);
        for (const group of section.groups.filter(g => g.entries.length > 0)) {
            const indent = group.title ? '    ' : '  ';
            if (group.title) {
                lines.push(`  ${plain(group.title)}`);
            }
            for (const entry of group.entries) {
                lines.push(`${indent}${entry.sign} ${plain(entry.headline)}`);
                appendAll(lines, entry.details.map(d => `${indent}    ${plain(d)}`));
            }
        }
        lines.push('');
    }
    return lines.join('\n');
}
