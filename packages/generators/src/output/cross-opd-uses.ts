import type { ElementInfo, SpbeModel } from 'spbe-model';

/**
 * How a cross-OPD use stands (spec §5.2): `national` (a `nasional` library element, always
 * available), `open` (data that is `terbuka`), `shared` (the owner lists the user in `bagiPakai` /
 * `pengguna`, or `semua`), `notShared` (none of these where a rule asks for one: the finding
 * `cross-opd-data-not-shared` or `cross-opd-app-not-shared` is reported on the user), `unlisted`
 * (none of these where no rule asks: an integration's end, a security object).
 */
export type SharingStatus = 'national' | 'open' | 'shared' | 'notShared' | 'unlisted';

/** One element of one OPD using data or an application of another OPD. */
export interface CrossOpdUse {
    /** The element that refers (a layanan, aplikasi, integrasi, keamanan…). */
    readonly user: ElementInfo;
    /** The data or application it uses. */
    readonly target: ElementInfo;
    /** The property that refers (`data`, `aplikasi`, `dari`, `ke`, `via`, `objek`…). */
    readonly property: string;
    readonly sharing: SharingStatus;
}

/** The uses the validator asks a grant for: any `data` reference, and a layanan's `aplikasi` (cross-opd-checks). */
function grantRequired(user: ElementInfo, target: ElementInfo, property: string): boolean {
    return target.kind === 'data' ? property === 'data' : property === 'aplikasi' && user.kind === 'layanan';
}

function sharingOf(user: ElementInfo, target: ElementInfo, property: string): SharingStatus {
    if (target.builtin) {
        return 'national';
    }
    if (target.kind === 'data' && target.attributes.sifat === 'terbuka') {
        return 'open';
    }
    // `bagiPakai` lists the OPDs a data is shared with, `pengguna` those allowed to use an application.
    const grant = target.kind === 'data' ? 'bagiPakai' : 'pengguna';
    const listed = target.relations.some(r => r.targetIsOpd && r.property === grant && r.target === user.opd);
    if (target.sharedWithAll || listed) {
        return 'shared';
    }
    return grantRequired(user, target, property) ? 'notShared' : 'unlisted';
}

/**
 * The one definition of a cross-OPD use, for the portal's "Dipakai oleh / Memakai" and the
 * architecture document's Lampiran A: every reference, by any property, from a workspace element to
 * data or an application of another OPD (the national library's included), in model order; one
 * entry per user, target and property.
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
            const key = `${r.property} ${r.target}`;
            if (target && target.opd !== user.opd && (target.kind === 'data' || target.kind === 'aplikasi') && !seen.has(key)) {
                seen.add(key);
                uses.push({ user, target, property: r.property, sharing: sharingOf(user, target, r.property) });
            }
        }
    }
    return uses;
}
