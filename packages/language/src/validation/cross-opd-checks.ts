import type { ValidationCheck } from 'langium';
import * as ast from '../generated/ast.js';
import { AplikasiUmumByFungsi, NasionalOpd } from 'spbe-model';
import { isWorkspaceApp } from '../analysis/workspace-facts.js';
import { owningOpd, qualifiedName } from '../references/spbe-naming.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { isGranted, relatedNames, reporter } from './_shared.js';
import { editorSentence, IssueCodes, shownName } from 'spbe-model';

/**
 * `layanan.data`, `aplikasi.data` and `integrasi.data` entries that use another OPD's data which is
 * not terbuka and not shared with the user's OPD; and tertutup data in a public layanan.
 */
export const checkDataUse = (services: SpbeCoreServices): ValidationCheck<ast.DataRefs> => (list, accept) => {
    const report = reporter(services, accept);
    const user = owningOpd(list)?.name;
    const holder = list.$container;
    list.refs.forEach((ref, index) => {
        const data = ref.ref;
        const sifat = data?.sifat[0];
        if (!data || !user || !sifat) {
            return;
        }
        const owner = data.$container.name;
        if (owner !== user && sifat !== 'terbuka' && !isGranted(data.bagiPakai, user)) {
            report(IssueCodes.CrossOpdDataNotShared,
                { data: qualifiedName(data), sifat, owner, user },
                { node: list, property: 'refs', index, data: { owner, user, target: qualifiedName(data) } }, sifat);
        }
        if (ast.isLayanan(holder) && holder.jenis.includes('publik') && sifat === 'tertutup') {
            report(IssueCodes.DataClassificationLeak, { data: qualifiedName(data) }, { node: list, property: 'refs', index });
        }
    });
};

/** A layanan of OPD A using an aplikasi of OPD B whose `pengguna` does not let A use it. */
export const checkAppUse = (services: SpbeCoreServices): ValidationCheck<ast.AplikasiRefs> => (list, accept) => {
    const user = owningOpd(list)?.name;
    if (!user || !ast.isLayanan(list.$container)) {
        return;
    }
    const report = reporter(services, accept);
    list.refs.forEach((ref, index) => {
        const app = ref.ref;
        if (!app) {
            return;
        }
        const owner = app.$container.name;
        if (owner !== user && owner !== NasionalOpd && !isGranted(app.pengguna, user)) {
            report(IssueCodes.CrossOpdAppNotShared, { app: qualifiedName(app), owner, user },
                { node: list, property: 'refs', index, data: { owner, user, target: qualifiedName(app) } });
        }
    });
};

export const checkIntegrationRoute = (services: SpbeCoreServices): ValidationCheck<ast.Integrasi> => (integrasi, accept) => {
    const from = integrasi.dari[0]?.ref;
    const to = integrasi.ke[0]?.ref;
    if (!from || !to || integrasi.via.length > 0 || from.$container.name === to.$container.name) {
        return;
    }
    reporter(services, accept)(IssueCodes.IntegrationBypassesSplp,
        { name: integrasi.name, from: qualifiedName(from), to: qualifiedName(to) }, { node: integrasi, property: 'name' });
};

// (v2) The sector areas are like `sektoral`: every pemda runs several health or permit systems.
const notCompared = new Set(['sektoral', 'lainnya', 'kesehatan', 'kependudukan', 'perizinan', 'bangunan', 'perlindunganSosial']);

/** How many of the other applications a `duplicate-application` message names (the rest are counted). */
export const DuplicatesShown = 5;

/**
 * The active applications of one fungsi, grouped by OPD: how many each OPD has, and the first
 * {@link DuplicatesShown} of the first OPDs, which is all a message needs. Checking an application
 * costs O(1) however many share its fungsi (scanning the whole group per application was quadratic:
 * 20,000 applications of one fungsi took 30 s).
 */
interface FungsiGroup {
    total: number;
    readonly countByOpd: Map<string, number>;
    /** Up to DuplicatesShown + 1 OPDs (so that one can be left out), each with its first apps. */
    readonly firstByOpd: Map<string, ast.Aplikasi[]>;
}

/** Two active workspace applications of different OPDs with the same fungsi. */
export const checkDuplicateApplication = (services: SpbeCoreServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
    const fungsi = app.fungsi[0];
    if (!fungsi || notCompared.has(fungsi) || !isActive(app) || !isWorkspaceApp(app)) {
        return;
    }
    const facts = services.spbe.WorkspaceFacts.get();
    const byFungsi = facts.memo('apps-by-fungsi', () => {
        const groups = new Map<string, FungsiGroup>();
        for (const element of facts.elements) {
            if (!ast.isAplikasi(element) || !isActive(element)) {
                continue;
            }
            const f = element.fungsi[0];
            if (!f || notCompared.has(f)) {
                continue;
            }
            let group = groups.get(f);
            if (!group) {
                group = { total: 0, countByOpd: new Map(), firstByOpd: new Map() };
                groups.set(f, group);
            }
            const opd = element.$container.name;
            group.total++;
            group.countByOpd.set(opd, (group.countByOpd.get(opd) ?? 0) + 1);
            const first = group.firstByOpd.get(opd);
            if (first) {
                if (first.length < DuplicatesShown) {
                    first.push(element);
                }
            } else if (group.firstByOpd.size <= DuplicatesShown) {
                group.firstByOpd.set(opd, [element]);
            }
        }
        return groups;
    });
    const group = byFungsi.get(fungsi);
    const own = app.$container.name;
    const otherCount = group ? group.total - (group.countByOpd.get(own) ?? 0) : 0;
    if (!group || otherCount === 0) {
        return;
    }
    const shown: ast.Aplikasi[] = [];
    for (const [opd, apps] of group.firstByOpd) {
        for (const other of opd === own ? [] : apps) {
            if (shown.length < DuplicatesShown) {
                shown.push(other);
            }
        }
    }
    const more = otherCount - shown.length;
    const locale = services.spbe.Settings.locale;
    const others = shown.map(a => shownName(qualifiedName(a))).join(', ') + (more > 0 ? editorSentence('andMore', locale, { count: more }) : '');
    reporter(services, accept)(IssueCodes.DuplicateApplication,
        { app: qualifiedName(app), fungsi, others },
        { node: app, property: 'name', relatedInformation: relatedNames(shown, `aplikasi fungsi ${fungsi}`) });
};

/** A local application whose fungsi a national Aplikasi Umum serves, unless integrated or being retired. */
export const checkAplikasiUmum = (services: SpbeCoreServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
    const fungsi = app.fungsi[0];
    const national = fungsi ? AplikasiUmumByFungsi[fungsi] : undefined;
    if (!national || !isWorkspaceApp(app)) {
        return;
    }
    const facts = services.spbe.WorkspaceFacts.get();
    const integrated = (facts.integrationsByApp.get(app) ?? []).some(integrasi => {
        const ends = [integrasi.dari[0]?.ref, integrasi.ke[0]?.ref];
        return ends.includes(app) && ends.some(end => end && end.$container.name === NasionalOpd && end.name === national);
    });
    if (integrated || (facts.retirers.get(app)?.length ?? 0) > 0) {
        return;
    }
    reporter(services, accept)(IssueCodes.DuplicatesAplikasiUmum,
        { app: qualifiedName(app), fungsi, national: `${NasionalOpd}.${national}` },
        { node: app, property: 'name', data: { national: `${NasionalOpd}.${national}`, target: qualifiedName(app) } });
};

export const checkWalidataRole = (services: SpbeCoreServices): ValidationCheck<ast.Data> => (data, accept) => {
    data.walidata.forEach((ref, index) => {
        const opd = ref.ref;
        if (opd && !opd.peran.some(list => list.values.includes('walidata'))) {
            reporter(services, accept)(IssueCodes.WalidataWithoutRole, { opd: opd.name },
                { node: data, property: 'walidata', index, data: { opd: opd.name } });
        }
    });
};

function isActive(element: ast.Element): boolean {
    return element.status[0] !== 'dihentikan';
}
