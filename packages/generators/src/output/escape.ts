import { drawableText } from './drawable-text.js';

/**
 * Escaping for every output format. Titles and descriptions come from OPD files edited by many
 * people: they are treated as hostile wherever they are written.
 */

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * XML/SVG text and attributes through `drawableText` first: characters XML 1.0 forbids are left out (a
 * diagram would draw them as boxes) and bidi controls are balanced (an unclosed U+202E would reverse
 * the rest of the label), as in the DOCX and PDF text.
 */
export function escapeXml(text: string): string {
    return escapeHtml(drawableText(text));
}

/**
 * A Markdown table cell: pipes and Markdown syntax are escaped, HTML is neutralized, and line
 * breaks become spaces, so a title can never end the cell, the row or inject markup.
 */
export function escapeMarkdownCell(text: string): string {
    return escapeMarkdownText(text).replace(/\|/g, '\\|');
}

/** Markdown running text: no markup, no HTML. */
export function escapeMarkdownText(text: string): string {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/([`*_[\]#~>!])/g, '\\$1')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A cell a spreadsheet would run as a formula, or one that already starts with apostrophes before such a character. */
const formulaLike = /^'*[=+\-@\t\r]/;

/**
 * Spreadsheet formula injection (CSV): a cell starting with `=`, `+`, `-`, `@`, tab or carriage
 * return is prefixed with an apostrophe so that Excel or LibreOffice show it as text. A cell that
 * starts with apostrophes before such a character (`'=SUM(1)`) gets one more, so that
 * `unneutralizeFormula` can take exactly one away: the two are exact inverses on every string.
 */
export function neutralizeFormula(text: string): string {
    return formulaLike.test(text) ? `'${text}` : text;
}

/** The inverse of `neutralizeFormula`: removes the one guard apostrophe it added; any other text is kept. */
export function unneutralizeFormula(text: string): string {
    return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Words that the Mermaid gantt lexer reads as a statement when a line starts with them
 * (case-insensitive): a task named "Title …" or "2026-01-01 …" would not be a task.
 */
const GanttStatementStart = /^(?:acc|call|click|href|gantt|dateformat|axisformat|tickinterval|inclusiveenddates|topaxis|includes|excludes|todaymarker|weekday|weekend|title|section|\d{4}-\d\d-\d\d)/i;

/**
 * Mermaid gantt title, section and task text, exactly as written, on one line. Mermaid replaces
 * entity codes (`#58;`) before it parses and shows their characters in the rendered SVG, so the
 * characters its syntax uses are written as codes: `:` (ends a task name), `;`, `#` (starts an
 * entity code), `%` (starts a comment), and `<` `>` (Mermaid's sanitizer drops what looks like a
 * tag). A text that starts like a gantt statement gets its first
 * character as a code too. Line breaks become spaces (a task name is one line); empty text is `-`.
 */
export function escapeMermaid(text: string): string {
    const one = text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
    if (!one) {
        return '-';
    }
    const coded = one.replace(/[:;#%<>]/g, c => `#${c.codePointAt(0)};`);
    return GanttStatementStart.test(one) ? `#${one.codePointAt(0)};${coded.slice(1)}` : coded;
}

/**
 * A file name for a line-oriented report (text, Markdown): control characters, line and paragraph
 * separators and bidi controls are written as escapes (`\n`, `\t`, `\x1b`, `\u202e`), so a file
 * named `a\nb.spbe` cannot forge a report line or reorder one; a backslash is doubled.
 */
export function escapeFileName(name: string): string {
    // eslint-disable-next-line no-control-regex
    return name.replace(/[\\\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, c => {
        switch (c) {
            case '\\': return '\\\\';
            case '\n': return '\\n';
            case '\r': return '\\r';
            case '\t': return '\\t';
            default: {
                const code = c.charCodeAt(0);
                return code <= 0xFF ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
            }
        }
    });
}
