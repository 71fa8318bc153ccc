import type { ElementInfo, SpbeModel } from 'spbe-model';
import { pushTo } from 'spbe-model';
import { InventorySheets, OpdSheet, type InventoryColumn, type InventorySheet } from './inventory-schema.js';

/** Cell texts of one sheet, in column order; the first row is not a header. */
export interface SheetRows {
    readonly sheet: string;
    readonly slug: string;
    readonly columns: readonly InventoryColumn[];
    readonly rows: ReadonlyArray<readonly string[]>;
}

/** A reference as an OPD's PIC writes it: bare inside the element's own OPD, `OPD.NAME` elsewhere. */
function refText(element: ElementInfo, target: string): string {
    return target.startsWith(`${element.opd}.`) ? target.slice(element.opd.length + 1) : target;
}

function cell(element: ElementInfo, column: InventoryColumn, relations: ReadonlyMap<string, string[]>): string {
    switch (column.type) {
        case 'opd': return element.opd;
        case 'name': return element.name;
        case 'title': return element.title ?? '';
        case 'doc': return element.doc ?? '';
        default: break;
    }
    const property = column.property!;
    switch (property) {
        case 'ref': return element.ref ?? '';
        case 'status': return element.status;
        case 'hingga': return element.hingga === undefined ? '' : String(element.hingga);
        case 'deskripsi': return element.deskripsi ?? '';
        default: break;
    }
    if (column.type === 'opdGrant' && element.sharedWithAll && relations.get(property) === undefined) {
        return 'semua';
    }
    const targets = relations.get(property);
    if (targets) {
        return targets.join(', ');
    }
    const value = element.attributes[property];
    return value === undefined ? '' : typeof value === 'object' ? value.join(', ') : String(value);
}

function elementRow(element: ElementInfo, sheet: InventorySheet): string[] {
    const relations = new Map<string, string[]>();
    for (const r of element.relations) {
        pushTo(relations, r.property, r.targetIsOpd ? r.target : refText(element, r.target));
    }
    return sheet.columns.map(column => cell(element, column, relations));
}

/**
 * The workspace as inventory rows: one per element of every OPD (not the national library), the
 * owner OPD in the first column, plus the OPD sheet. Read from the semantic model only.
 */
export function inventoryRows(model: SpbeModel): SheetRows[] {
    const opds = model.opds.filter(o => !o.builtin);
    const elements = model.elements.filter(e => !e.builtin);
    return [
        {
            sheet: OpdSheet.sheet, slug: OpdSheet.slug, columns: OpdSheet.columns,
            rows: opds.map(o => [o.code, o.title ?? '', o.pic ?? '', o.email ?? '', o.peran.join(', ')])
        },
        ...InventorySheets.map(sheet => ({
            sheet: sheet.sheet, slug: sheet.slug, columns: sheet.columns,
            rows: elements.filter(e => e.kind === sheet.kind).map(e => elementRow(e, sheet))
        }))
    ];
}

/** The blank template: every sheet with its headers and no rows. */
export function emptyInventoryRows(): SheetRows[] {
    return [OpdSheet, ...InventorySheets].map(s => ({ sheet: s.sheet, slug: s.slug, columns: s.columns, rows: [] }));
}
