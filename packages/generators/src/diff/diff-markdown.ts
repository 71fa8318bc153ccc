import { escapeMarkdownCell, escapeMarkdownText } from '../output/escape.js';
import type { Locale } from 'spbe-model';
import { diffNotices, isEmptyDiff, type WorkspaceDiff } from './diff-model.js';
import { diffWord } from 'spbe-model';
import { diffSections, summaryRows, type DiffSign } from './diff-sections.js';
import { appendAll } from 'spbe-model';

const markers: Record<DiffSign, string> = { '+': '➕', '-': '➖', '~': '✏️', '>': '🔀' };

/** The diff as a merge-request description: a summary table, then one list per section. */
export function diffMarkdown(diff: WorkspaceDiff, locale: Locale): string {
    const lines = [...diffNotices(diff, locale).flatMap(n => [`> **${escapeMarkdownText(n)}**`, '']), `## ${escapeMarkdownText(diffWord('title', locale))}`, '',
        `${escapeMarkdownText(diff.oldLabel)} → ${escapeMarkdownText(diff.newLabel)}${diff.pemdaTitle ? ` · ${escapeMarkdownText(diff.pemdaTitle)}` : ''}`, ''];
    if (isEmptyDiff(diff)) {
        return `${lines.join('\n')}${diffWord('noChanges', locale)}\n`;
    }
    lines.push(`### ${diffWord('summary', locale)}`, '', '| | |', '|---|---|');
    appendAll(lines, summaryRows(diff, locale).map(([label, value]) => `| ${escapeMarkdownCell(label)} | ${escapeMarkdownCell(value)} |`));
    lines.push('');
    for (const section of diffSections(diff, locale)) {
        lines.push(`### ${escapeMarkdownText(section.title)}`, '');
        for (const group of section.groups.filter(g => g.entries.length > 0)) {
            if (group.title) {
                lines.push(`#### ${escapeMarkdownText(group.title)}`, '');
            }
            for (const entry of group.entries) {
                lines.push(`- ${markers[entry.sign]} ${escapeMarkdownText(entry.headline)}`);
                appendAll(lines, entry.details.map(d => `  - ${escapeMarkdownText(d)}`));
            }
            lines.push('');
        }
    }
    return lines.join('\n');
}
