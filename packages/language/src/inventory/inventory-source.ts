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
        lines.push(...element.properties.map(p => `        ${p.property} ${p.source}`));
        lines.push('    }');
    }
    lines.push('}', '');
    return lines.join('\n');
}
