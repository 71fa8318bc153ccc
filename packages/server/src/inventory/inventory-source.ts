import { spbeString } from './cell-checks.js';
import type { ImportedElement, ImportedOpd } from './inventory-import.js';

/** A doc comment that no cell text can close early or turn into code. */
function docComment(text: string, indent: string): string[] {
    const lines = text.replace(/\*\//g, '*\\/').split(/\r?\n/);
    return lines.length === 1 ? [`${indent}/** ${lines[0]} */`] : [`${indent}/**`, ...lines.map(l => `${indent} * ${l}`.trimEnd()), `${indent} */`];
}

/**
 * The `.spbe` source of one imported OPD: its header properties, then its elements in sheet and row
 * order. The caller runs the formatter over it for the canonical layout and property order.
 * `sourceName` (for a new file) adds a first comment naming the inventory; a block spliced into an
 * existing file gets none, since the comments around it are not the import's.
 */
export function opdSource(opd: ImportedOpd, elements: readonly ImportedElement[], sourceName?: string): string {
    const lines = [...sourceName !== undefined ? [`// Diimpor dari ${sourceName.replace(/[\r\n]/g, ' ')} oleh spbe import.`] : [], `opd ${opd.code}${opd.title ? ` ${spbeString(opd.title)}` : ''} {`];
    if (opd.pic) {
        lines.push(`    pic ${spbeString(opd.pic)}`);
    }
    if (opd.email) {
        lines.push(`    email ${spbeString(opd.email)}`);
    }
    if (opd.peran.length > 0) {
        lines.push(`    peran ${opd.peran.join(', ')}`);
    }
    for (const element of elements) {
        lines.push('');
        if (element.doc) {
            lines.push(...docComment(element.doc, '    '));
        }
        lines.push(`    ${element.kind} ${element.name}${element.title ? ` ${spbeString(element.title)}` : ''} {`);
        // A flag (`pribadi`) has no value: the bare keyword.
        lines.push(...element.properties.map(p => `        ${p.property}${p.source ? ` ${p.source}` : ''}`));
        lines.push('    }');
    }
    lines.push('}', '');
    return lines.join('\n');
}

/** Elements formatted per call: small enough that the formatter's work (and memory) stays linear. */
const formatChunk = 500;

/**
 * The formatted source of one imported OPD, as `format(opdSource(…))` would give it, but formatted
 * in slices of `chunk` elements: the formatter tokenizes, parses and compares its whole input, so
 * one call over a 100k-element OPD costs more per element (and GBs of memory) than many small ones.
 * Each element's layout depends only on itself, so the slices join into the same text.
 *
 * @param format the formatter (`formatSource` with the language's services); undefined means it refused.
 * @returns the text with a final line break, or undefined when a slice does not format.
 */
export function formattedOpdSource(format: (text: string) => string | undefined, opd: ImportedOpd, elements: readonly ImportedElement[],
    sourceName?: string, chunk = formatChunk): string | undefined {
    const header = format(opdSource(opd, [], sourceName));
    if (header === undefined || elements.length === 0) {
        return header;
    }
    const headerLines = header.replace(/\n$/, '').split('\n');
    const last = headerLines[headerLines.length - 1];
    // The header without its closing brace (an empty block is formatted `opd X {}` on one line);
    // a blank line separates its properties from the elements.
    const open = last.endsWith('{}') ? [...headerLines.slice(0, -1), last.slice(0, -1)] : headerLines.slice(0, -1);
    const hasProperties = !open[open.length - 1].endsWith('{');
    const parts: string[] = [];
    for (let i = 0; i < elements.length; i += chunk) {
        const formatted = format(opdSource({ code: opd.code, peran: [] }, elements.slice(i, i + chunk)));
        if (formatted === undefined) {
            return undefined;
        }
        // Keep the lines between `opd CODE {` and the closing `}`.
        parts.push(formatted.replace(/\n$/, '').split('\n').slice(1, -1).join('\n'));
    }
    return [...open, ...hasProperties ? [''] : [], parts.join('\n\n'), '}', ''].join('\n');
}
