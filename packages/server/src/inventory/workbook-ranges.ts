/**
 * The ranges in a workbook's XML that exceljs expands into one object per cell or column when it
 * loads the workbook: `<mergeCell ref>` (one cell per merged cell), `<col min max>` (one column per
 * column), `<dataValidation sqref>` (one entry per cell) in worksheet parts, and `<definedName>`
 * ranges (one entry per cell) in `xl/workbook.xml`. A 29 KB file with `<mergeCell ref="A1:XFD1048576"/>`
 * takes all the memory of the machine, so these are bounded from the raw XML before exceljs sees it.
 *
 * Other range attributes (`conditionalFormatting sqref`, `hyperlink ref`, `dimension ref`,
 * `autoFilter ref`) are kept as strings by exceljs and cost nothing, so they are not checked.
 *
 * The scan is a regular expression over the start tags of these four elements only (no general XML
 * parser is a dependency of this package): attribute values are matched in single or double quotes
 * and their character references decoded, as the XML parser of exceljs does, so `&#65;1` cannot hide
 * `A1`. exceljs matches element names without a namespace prefix, so a prefixed element is never
 * expanded and need not be seen here.
 */

/** Excel's grid: columns A..XFD, rows 1..1,048,576. Nothing beyond it is a range Excel writes. */
export const ExcelGrid = { columns: 16_384, rows: 1_048_576 } as const;

/**
 * Cells exceljs may create for merges, validations and defined names in one workbook. Measured
 * (exceljs 4.4, Node 22): 1,040,000 merged cells load in 1.1 s and 383 MB RSS, the same number of
 * validated cells in 225 MB. An inventory's own export validates each column down to 500 rows below
 * the data (a 5,000-row inventory: about 110,000 cells), so the budget leaves a wide margin.
 */
export const expandedCellBudget = 2_000_000;

export interface RangeViolation {
    /** The zip part, `xl/worksheets/sheet2.xml`. */
    readonly part: string;
    /** `mergeCell ref="A1000:XFD1048576"` as written (value decoded, shortened). */
    readonly element: string;
    readonly reason: 'outside-grid' | 'budget';
}

const startTag = /<(mergeCell|col|dataValidation)(?=[\s/>])([^>]*)>/g;
const definedName = /<definedName(?=[\s>])[^>]*>([^<]*)(?=<)/g;
const attributePattern = /([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const cellRef = /^\$?([A-Za-z]{1,4})\$?(\d{1,9})$/;
const interesting = /^<(?:mergeCell|col|dataValidation|definedName)[\s/>]/;

function decodeEntities(text: string): string {
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
        if (e.startsWith('#x')) {
            return String.fromCodePoint(Math.min(parseInt(e.slice(2), 16), 0x10ffff));
        }
        if (e.startsWith('#')) {
            return String.fromCodePoint(Math.min(parseInt(e.slice(1), 10), 0x10ffff));
        }
        return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
    });
}

function columnNumber(letters: string): number {
    let n = 0;
    for (const ch of letters.toUpperCase()) {
        n = n * 26 + ch.charCodeAt(0) - 64;
    }
    return n;
}

/** Cells of `A1` or `A1:C3` (either corner first); undefined when it is not a cell range. */
function rangeCells(ref: string): { cells: number; outside: boolean } | undefined {
    const [from, to = from, ...rest] = ref.split(':');
    const a = cellRef.exec(from.trim());
    const b = cellRef.exec(to.trim());
    if (!a || !b || rest.length > 0) {
        return undefined;
    }
    const columns = [columnNumber(a[1]), columnNumber(b[1])];
    const rows = [Number(a[2]), Number(b[2])];
    const outside = Math.max(columns[0], columns[1]) > ExcelGrid.columns || Math.max(rows[0], rows[1]) > ExcelGrid.rows;
    return { cells: (Math.abs(columns[0] - columns[1]) + 1) * (Math.abs(rows[0] - rows[1]) + 1), outside };
}

/**
 * Scans the XML parts of one workbook, chunk by chunk, as they are inflated. Keeps at most the
 * unfinished tag at the end of a chunk between calls, so memory stays at one chunk.
 */
export class WorkbookRangeScanner {
    private cells = 0;
    private carry = '';
    private part = '';

    /** Starts a new part (`xl/worksheets/sheet1.xml`); its text is then given to `feed`. */
    begin(part: string): void {
        this.part = part;
        this.carry = '';
    }

    /**
     * Scans the next piece of the current part's text.
     * @returns the first range that cannot be loaded safely, or undefined.
     */
    feed(text: string): RangeViolation | undefined {
        const buffer = this.carry + text;
        const lastOpen = buffer.lastIndexOf('<');
        const done = lastOpen < 0 ? buffer : buffer.slice(0, lastOpen + 1);
        const rest = lastOpen < 0 ? '' : buffer.slice(lastOpen);
        // An unfinished tag is kept only when it may be one of the four elements (or a text of a defined name).
        this.carry = interesting.test(rest) || rest.length < 32 ? rest : '';
        for (const match of done.matchAll(startTag)) {
            const violation = this.element(match[1], match[2]);
            if (violation) {
                return violation;
            }
        }
        for (const match of done.matchAll(definedName)) {
            for (const piece of decodeEntities(match[1]).split(',')) {
                const violation = this.range('definedName', piece.split('!').pop()!.trim(), piece.trim());
                if (violation) {
                    return violation;
                }
            }
        }
        return undefined;
    }

    private element(name: string, attributes: string): RangeViolation | undefined {
        const values = new Map<string, string>();
        for (const a of attributes.matchAll(attributePattern)) {
            values.set(a[1], decodeEntities(a[2] ?? a[3] ?? ''));
        }
        if (name === 'col') {
            const max = Number.parseInt(values.get('max') ?? '', 10);
            const min = Number.parseInt(values.get('min') ?? '', 10);
            const widest = Math.max(Number.isNaN(min) ? 0 : min, Number.isNaN(max) ? 0 : max);
            return widest > ExcelGrid.columns ? this.violation(`col min="${values.get('min')}" max="${values.get('max')}"`, 'outside-grid') : undefined;
        }
        const listAttribute = name === 'mergeCell' ? 'ref' : 'sqref';
        const list = values.get(listAttribute) ?? '';
        for (const ref of list.split(/\s+/).filter(Boolean)) {
            const violation = this.range(name, ref, `${listAttribute}="${ref}"`);
            if (violation) {
                return violation;
            }
        }
        return undefined;
    }

    private range(name: string, ref: string, shown: string): RangeViolation | undefined {
        const cells = rangeCells(ref);
        if (!cells) {
            // exceljs does not expand what it cannot decode (a whole column `$A:$A` gives NaN rows).
            return undefined;
        }
        if (cells.outside) {
            return this.violation(`${name} ${shown}`, 'outside-grid');
        }
        this.cells += cells.cells;
        return this.cells > expandedCellBudget ? this.violation(`${name} ${shown}`, 'budget') : undefined;
    }

    private violation(element: string, reason: RangeViolation['reason']): RangeViolation {
        return { part: this.part, element: element.length > 80 ? `${element.slice(0, 77)}...` : element, reason };
    }
}
