import type { ValidationCheck } from 'langium';
import * as ast from '../generated/ast.js';
import { IssueCodes, NasionalOpd, nasionalNamesOf, SectorPlatformByFungsi } from 'spbe-model';
import { isWorkspaceApp } from '../analysis/workspace-facts.js';
import { qualifiedName } from '../references/spbe-naming.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { reporter } from './_shared.js';

/**
 * (v2) An active local application of a sector whose national platform a pemda must feed
 * (kesehatan → SATUSEHAT, kependudukan → SIAK, perizinan → OSS, bangunan → SIMBG) that has no
 * `integrasi` with that platform in either direction. An integration with an older library name of
 * the platform (`OSS_RBA`) counts.
 */
export const checkSectorPlatform = (services: SpbeCoreServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
    const fungsi = app.fungsi[0];
    const platform = fungsi ? SectorPlatformByFungsi[fungsi] : undefined;
    if (!platform || !isActive(app) || !isWorkspaceApp(app)) {
        return;
    }
    const names = nasionalNamesOf(platform);
    const integrations = services.spbe.WorkspaceFacts.get().integrationsByApp.get(app) ?? [];
    const integrated = integrations.some(integrasi => {
        const ends = [integrasi.dari[0]?.ref, integrasi.ke[0]?.ref];
        return ends.includes(app) && ends.some(end => end !== undefined && end.$container.name === NasionalOpd && names.includes(end.name));
    });
    if (integrated) {
        return;
    }
    const national = `${NasionalOpd}.${platform}`;
    reporter(services, accept)(IssueCodes.SectorPlatformNotIntegrated, { app: qualifiedName(app), fungsi, national },
        { node: app, property: 'name', data: { national, target: qualifiedName(app) } });
};

const assessments = new Set(['audit', 'identifikasiKerentanan', 'kelaikan']);

/**
 * (v2) An active application whose `data` holds personal (`pribadi`) or `tertutup` data and that no
 * `keamanan` of jenis audit, identifikasiKerentanan or kelaikan names in its `objek`. The message
 * names the first such data entry.
 */
export const checkSecurityAssessment = (services: SpbeCoreServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
    if (!isActive(app) || !isWorkspaceApp(app)) {
        return;
    }
    let sensitive: { data: ast.Data; sifat: string } | undefined;
    for (const ref of app.data.flatMap(list => list.refs)) {
        const data = ref.ref;
        if (data && (data.pribadi.length > 0 || data.sifat[0] === 'tertutup')) {
            sensitive = { data, sifat: data.pribadi.length > 0 ? 'pribadi' : 'tertutup' };
            break;
        }
    }
    if (!sensitive) {
        return;
    }
    const facts = services.spbe.WorkspaceFacts.get();
    const assessed = facts.memo('security-assessed', () => {
        const objects = new Set<ast.Element>();
        for (const element of facts.elements) {
            if (ast.isKeamanan(element) && assessments.has(element.jenis[0] ?? '')) {
                element.objek.flatMap(list => list.refs).forEach(ref => ref.ref && objects.add(ref.ref));
            }
        }
        return objects;
    });
    if (!assessed.has(app)) {
        reporter(services, accept)(IssueCodes.AplikasiWithoutSecurityAssessment,
            { app: qualifiedName(app), data: qualifiedName(sensitive.data), sifat: sensitive.sifat },
            { node: app, property: 'name', data: { target: qualifiedName(app) } });
    }
};

function isActive(element: ast.Element): boolean {
    return element.status[0] !== 'dihentikan';
}
