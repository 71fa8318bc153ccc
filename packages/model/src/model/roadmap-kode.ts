/**
 * The kode rincian of roadmap items (spec §3.4 v2): written with `kode "AP.01"`, or derived from
 * the item's muatan and its place in the workspace.
 */

/** The two-letter prefix of each muatan's derived kode. */
export const MuatanKodePrefix: Readonly<Record<string, string>> = {
    tataKelola: 'TK', manajemen: 'MN', layanan: 'LY', infrastruktur: 'IN', aplikasi: 'AP', keamanan: 'KS', auditTik: 'AU'
};

/** What the derivation needs of an item. */
export interface KodeSource {
    readonly muatan?: string;
    /** The written kode, if any. */
    readonly kode?: string;
}

/** An item's kode and whether it was derived (not written). */
export interface ItemKode {
    readonly kode: string;
    readonly derived: boolean;
}

/**
 * The kode of each item, in the order given (workspace order: files in path order, then position).
 * An item without `kode` gets its muatan's prefix and its two-digit number among the items of that
 * muatan (`AP.01`, `AP.02`; counting every item of the muatan, written kode or not, so that adding a
 * kode to one item renumbers no other). An item with neither kode nor muatan has none (undefined).
 */
export function itemKodes(items: readonly KodeSource[]): Array<ItemKode | undefined> {
    const counters = new Map<string, number>();
    return items.map(item => {
        const position = item.muatan !== undefined && MuatanKodePrefix[item.muatan] !== undefined
            ? (counters.get(item.muatan) ?? 0) + 1 : undefined;
        if (position !== undefined) {
            counters.set(item.muatan!, position);
        }
        if (item.kode !== undefined) {
            return { kode: item.kode, derived: false };
        }
        return position === undefined ? undefined
            : { kode: `${MuatanKodePrefix[item.muatan!]}.${String(position).padStart(2, '0')}`, derived: true };
    });
}
