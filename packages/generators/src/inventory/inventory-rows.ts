import type { ElementInfo, SpbeModel } from 'spbe-model';
import { enumLabel, pushTo } from 'spbe-model';
import { splitDescription } from './description-lines.js';
import { FlagChoices, InventorySheets, OpdSheet, type InventoryColumn, type InventorySheet } from './inventory-schema.js';

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

/** An enumeration cell as people read it: the Indonesian labels, comma-separated (spec §6). */
function labels(column: InventoryColumn, values: readonly string[]): string {
    return values.map(v => enumLabel(column.rule!, v, 'id')).join(', ');
}

/** What an element's row shows, column by column; `description` is its `deskripsi` already split into fields. */
interface RowSource {
    readonly element: ElementInfo;
    readonly relations: ReadonlyMap<string, string[]>;
    readonly description: ReturnType<typeof splitDescription>;
}

function cell({ element, relations, description }: RowSource, column: InventoryColumn): string {
    switch (column.type) {
        case 'opd': return element.opd;
        case 'name': return element.name;
        case 'title': return element.title ?? '';
        case 'doc': return element.doc ?? '';
        case 'line': return description.fields.get(column.header) ?? '';
        case 'flag': return element[column.property as 'pribadi'] ? FlagChoices.yes : '';
        default: break;
    }
    const property = column.property!;
    switch (property) {
        case 'ref': return element.ref ?? '';
        case 'status': return labels(column, [element.status]);
        case 'hingga': return element.hingga === undefined ? '' : String(element.hingga);
        case 'deskripsi': return description.description;
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
    if (value === undefined) {
        return '';
    }
    const values = typeof value === 'object' ? value : [String(value)];
    return column.type === 'enum' || column.type === 'enumList' ? labels(column, values) : values.join(', ');
}

function elementRow(element: ElementInfo, sheet: InventorySheet): string[] {
    const relations = new Map<string, string[]>();
    for (const r of element.relations) {
        pushTo(relations, r.property, r.targetIsOpd ? r.target : refText(element, r.target));
    }
    const lineHeaders = sheet.columns.filter(c => c.type === 'line').map(c => c.header);
    const source: RowSource = { element, relations, description: splitDescription(element.deskripsi ?? '', lineHeaders) };
    return sheet.columns.map(column => cell(source, column));
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
            rows: opds.map(o => [o.code, o.title ?? '', o.pic ?? '', o.email ?? '', o.peran.map(p => enumLabel('Peran', p, 'id')).join(', ')])
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
