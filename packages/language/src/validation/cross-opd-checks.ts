import type { ValidationCheck } from 'langium';
import * as ast from '../generated/ast.js';
import { AplikasiUmumByFungsi, NasionalOpd } from '../builtin/nasional-library.js';
import { isWorkspaceApp } from '../analysis/workspace-facts.js';
import { owningOpd, qualifiedName } from '../references/spbe-naming.js';
import type { SpbeServices } from '../spbe-module.js';
import { pushTo } from '../utils/collections.js';
import { isGranted, relatedNames, reporter } from './_shared.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `layanan.data`, `aplikasi.data` and `integrasi.data` entries that use another OPD's data which is
 * not terbuka and not shared with the user's OPD; and tertutup data in a public layanan.
 */
export const checkDataUse = (services: SpbeServices): ValidationCheck<ast.DataRefs> => (list, accept) => {
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
            report(sifat === 'tertutup' ? 'error' : 'warning', IssueCodes.CrossOpdDataNotShared,
                { data: qualifiedName(data), sifat, owner, user },
                { node: list, property: 'refs', index, data: { owner, user, target: qualifiedName(data) } });
        }
        if (ast.isLayanan(holder) && holder.jenis.includes('publik') && sifat === 'tertutup') {
            report('error', IssueCodes.DataClassificationLeak, { data: qualifiedName(data) }, { node: list, property: 'refs', index });
        }
    });
};

/** A layanan of OPD A using an aplikasi of OPD B whose `pengguna` does not let A use it. */
export const checkAppUse = (services: SpbeServices): ValidationCheck<ast.AplikasiRefs> => (list, accept) => {
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
            report('warning', IssueCodes.CrossOpdAppNotShared, { app: qualifiedName(app), owner, user },
                { node: list, property: 'refs', index, data: { owner, user, target: qualifiedName(app) } });
        }
    });
};

export const checkIntegrationRoute = (services: SpbeServices): ValidationCheck<ast.Integrasi> => (integrasi, accept) => {
    const from = integrasi.dari[0]?.ref;
    const to = integrasi.ke[0]?.ref;
    if (!from || !to || integrasi.via.length > 0 || from.$container.name === to.$container.name) {
        return;
    }
    reporter(services, accept)('warning', IssueCodes.IntegrationBypassesSplp,
        { name: integrasi.name, from: qualifiedName(from), to: qualifiedName(to) }, { node: integrasi, property: 'name' });
};

const notCompared = new Set(['sektoral', 'lainnya']);

/** Two active workspace applications of different OPDs with the same fungsi. */
export const checkDuplicateApplication = (services: SpbeServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
    const fungsi = app.fungsi[0];
    if (!fungsi || notCompared.has(fungsi) || !isActive(app) || !isWorkspaceApp(app)) {
        return;
    }
    const facts = services.spbe.WorkspaceFacts.get();
    const byFungsi = facts.memo('apps-by-fungsi', () => {
        const groups = new Map<string, ast.Aplikasi[]>();
        for (const element of facts.elements) {
            if (!ast.isAplikasi(element) || !isActive(element)) {
                continue;
            }
            const f = element.fungsi[0];
            if (f && !notCompared.has(f)) {
                pushTo(groups, f, element);
            }
        }
        return groups;
    });
    const others = (byFungsi.get(fungsi) ?? []).filter(other => other.$container.name !== app.$container.name);
    if (others.length > 0) {
        reporter(services, accept)('warning', IssueCodes.DuplicateApplication,
            { app: qualifiedName(app), fungsi, others: others.map(qualifiedName).join(', ') },
            { node: app, property: 'name', relatedInformation: relatedNames(others, `aplikasi fungsi ${fungsi}`) });
    }
};

/** A local application whose fungsi a national Aplikasi Umum serves, unless integrated or being retired. */
export const checkAplikasiUmum = (services: SpbeServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
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
    reporter(services, accept)('warning', IssueCodes.DuplicatesAplikasiUmum,
        { app: qualifiedName(app), fungsi, national: `${NasionalOpd}.${national}` },
        { node: app, property: 'name', data: { national: `${NasionalOpd}.${national}`, target: qualifiedName(app) } });
};

export const checkWalidataRole = (services: SpbeServices): ValidationCheck<ast.Data> => (data, accept) => {
    data.walidata.forEach((ref, index) => {
        const opd = ref.ref;
        if (opd && !opd.peran.some(list => list.values.includes('walidata'))) {
            reporter(services, accept)('warning', IssueCodes.WalidataWithoutRole, { opd: opd.name },
                { node: data, property: 'walidata', index, data: { opd: opd.name } });
        }
    });
};

function isActive(element: ast.Element): boolean {
    return element.status[0] !== 'dihentikan';
}
