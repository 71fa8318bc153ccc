import type { ValidationCheck } from 'langium';
import * as ast from '../generated/ast.js';
import { isWorkspaceApp, type ElementUse } from '../analysis/workspace-facts.js';
import { qualifiedName } from '../references/spbe-naming.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { pushTo } from 'spbe-model';
import { reporter } from './_shared.js';
import { IssueCodes } from 'spbe-model';

export const checkLayananLinks = (services: SpbeCoreServices): ValidationCheck<ast.Layanan> => (layanan, accept) => {
    const report = reporter(services, accept);
    if (layanan.probis.length === 0) {
        report(IssueCodes.LayananWithoutProbis, { name: layanan.name }, { node: layanan, property: 'name' });
    }
    if (layanan.aplikasi.length === 0 && !layanan.metode.includes('offline')) {
        report(IssueCodes.LayananWithoutAplikasi, { name: layanan.name }, { node: layanan, property: 'name' });
    }
};

export const checkAplikasiHosting = (services: SpbeCoreServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
    if (app.hosting.length === 0) {
        reporter(services, accept)(IssueCodes.AplikasiWithoutHosting, { name: app.name }, { node: app, property: 'name' });
    }
};

export const checkDataWalidata = (services: SpbeCoreServices): ValidationCheck<ast.Data> => (data, accept) => {
    if (data.walidata.length === 0) {
        reporter(services, accept)(IssueCodes.DataWithoutWalidata, { name: data.name }, { node: data, property: 'name' });
    }
};

/** An application no layanan lists and no integrasi connects. */
export const checkAplikasiUsed = (services: SpbeCoreServices): ValidationCheck<ast.Aplikasi> => (app, accept) => {
    if (!isWorkspaceApp(app)) {
        return;
    }
    const used = services.spbe.WorkspaceFacts.get().usesOf(app).some(use =>
        ast.isLayanan(use.user) || (ast.isIntegrasi(use.user) && (use.property === 'dari' || use.property === 'ke')));
    if (!used) {
        reporter(services, accept)(IssueCodes.AplikasiUnused, { name: app.name }, { node: app, property: 'name' });
    }
};

/** The six domains of spec §1 (integrasi is not a domain). */
export const Domains: ReadonlyArray<{ type: string; label: string }> = [
    { type: 'Probis', label: 'proses bisnis' },
    { type: 'Data', label: 'data dan informasi' },
    { type: 'Layanan', label: 'layanan' },
    { type: 'Aplikasi', label: 'aplikasi' },
    { type: 'Infrastruktur', label: 'infrastruktur' },
    { type: 'Keamanan', label: 'keamanan' }
];

export const checkDomainCoverage = (services: SpbeCoreServices): ValidationCheck<ast.Pemda> => (pemda, accept) => {
    const facts = services.spbe.WorkspaceFacts.get();
    if (facts.pemda !== pemda) {
        return;
    }
    const present = facts.memo('element-types', () => new Set<string>(facts.elements.map(e => e.$type)));
    const report = reporter(services, accept);
    for (const domain of Domains) {
        if (!present.has(domain.type)) {
            report(IssueCodes.MissingDomain, { domain: domain.label }, { node: pemda, property: 'name', data: { domain: domain.type } });
        }
    }
};

/**
 * References from an element to an element that stops existing before the referencing one does.
 * Only retired targets can qualify, so the findings are computed once per build from their uses.
 */
export const checkRetiredTargets = (services: SpbeCoreServices): ValidationCheck<ast.Element> => (user, accept) => {
    const facts = services.spbe.WorkspaceFacts.get();
    const findings = facts.memo('retired-in-use', () => {
        const byUser = new Map<ast.Element, Array<{ target: ast.Element; use: ElementUse }>>();
        for (const [target, uses] of facts.uses) {
            if (!facts.isRetired(target)) {
                continue;
            }
            const targetSpan = facts.lifetime(target);
            for (const use of uses) {
                const userSpan = facts.lifetime(use.user);
                if (targetSpan.to < userSpan.to && userSpan.from <= userSpan.to) {
                    pushTo(byUser, use.user, { target, use });
                }
            }
        }
        return byUser;
    });
    for (const { target, use } of findings.get(user) ?? []) {
        const end = facts.lifetime(target).to;
        reporter(services, accept)(IssueCodes.RetiredElementInUse,
            { target: qualifiedName(target), until: Number.isFinite(end) ? String(end) : '', user: qualifiedName(user) },
            { node: use.holder, property: use.property, index: use.index });
    }
};
