import type { ElementInfo, SpbeModel } from 'spbe-model';

/**
 * How a cross-OPD use stands (spec §5.2): `national` (a `nasional` library element, always
 * available), `open` (data that is `terbuka`), `shared` (the owner lists the user in `bagiPakai` /
 * `pengguna`, or `semua`), `notShared` (none of these: the finding `cross-opd-data-not-shared` or
 * `cross-opd-app-not-shared` is reported on the user).
 */
export type SharingStatus = 'national' | 'open' | 'shared' | 'notShared';

/** One element of one OPD using data or an application of another OPD. */
export interface CrossOpdUse {
    /** The element that refers (a layanan, aplikasi or integrasi). */
    readonly user: ElementInfo;
    /** The data or application it uses. */
    readonly target: ElementInfo;
    /** `data` or `aplikasi`: the property that refers. */
    readonly property: string;
    readonly sharing: SharingStatus;
}

function sharingOf(user: ElementInfo, target: ElementInfo): SharingStatus {
    if (target.builtin) {
        return 'national';
    }
    if (target.kind === 'data' && target.attributes.sifat === 'terbuka') {
        return 'open';
    }
    // `bagiPakai` lists the OPDs a data is shared with, `pengguna` those allowed to use an application.
    const grant = target.kind === 'data' ? 'bagiPakai' : 'pengguna';
    const listed = target.relations.some(r => r.targetIsOpd && r.property === grant && r.target === user.opd);
    return target.sharedWithAll || listed ? 'shared' : 'notShared';
}

/**
 * Every use of one OPD's data (by `data` of a layanan, aplikasi or integrasi) or application (by
 * `aplikasi` of a layanan) by an element of another OPD, in model order; one entry per pair.
 */
export function crossOpdUses(model: SpbeModel): CrossOpdUse[] {
    const byId = new Map(model.elements.map(e => [e.id, e]));
    const uses: CrossOpdUse[] = [];
    for (const user of model.elements) {
        if (user.builtin) {
            continue;
        }
        const seen = new Set<string>();
        for (const r of user.relations) {
            const target = r.targetIsOpd ? undefined : byId.get(r.target);
            const counts = target && target.opd !== user.opd && ((r.property === 'data' && target.kind === 'data') || (r.property === 'aplikasi' && target.kind === 'aplikasi'));
            if (counts && !seen.has(target.id)) {
                seen.add(target.id);
                uses.push({ user, target, property: r.property, sharing: sharingOf(user, target) });
            }
        }
    }
    return uses;
}
