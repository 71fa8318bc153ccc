import type { ValidationChecks } from 'langium';
import type { SpbeAstType } from '../generated/ast.js';
import type { SpbeServices } from '../spbe-module.js';
import * as cross from './cross-opd-checks.js';
import * as indexPlan from './index-plan-checks.js';
import * as refs from './reference-code-checks.js';
import * as roadmap from './roadmap-checks.js';
import * as structure from './structure-checks.js';
import * as trace from './traceability-checks.js';

const elementTypes = ['Probis', 'Layanan', 'Data', 'Aplikasi', 'Infrastruktur', 'Keamanan', 'Integrasi'] as const;
const blockTypes = ['Pemda', 'Opd', ...elementTypes, 'Rencana'] as const;

/**
 * The only place that maps AST types to checks. `fast` checks look at one declaration (and what it
 * links to) and run as the user types; `slow` checks need the whole workspace (spec §5.5).
 */
export function registerValidationChecks(services: SpbeServices): void {
    const registry = services.validation.ValidationRegistry;
    const s = services;

    const fast: ValidationChecks<SpbeAstType> = {
        YearRange: structure.checkYearRange(s),
        Target: structure.checkYearValue(s),
        Anggaran: [structure.checkYearValue(s), structure.checkAmount(s)],
        Penilaian: structure.checkYearValue(s),
        Infrastruktur: structure.checkTier(s),
        Pemda: structure.checkDates(s),
        Penetapan: structure.checkDates(s),
        Keamanan: structure.checkDates(s),
        Score: [structure.checkLevel(s), roadmap.checkScore(s)],
        IndicatorTarget: [structure.checkLevel(s), roadmap.checkIndicatorTarget(s)],
        Opd: structure.checkOpdPic(s),
        KodeLokal: refs.checkLocalCode(s),
        Layanan: trace.checkLayananLinks(s),
        Aplikasi: trace.checkAplikasiHosting(s),
        Data: trace.checkDataWalidata(s),
        Rencana: [structure.checkDuplicateYearEntries(s), roadmap.checkFunded(s)]
    };
    for (const type of blockTypes) {
        add(fast, type, structure.checkDuplicateProperties(s));
    }
    for (const type of ['Pemda', 'Data', 'Infrastruktur', 'Keamanan', 'Integrasi', 'Rencana'] as const) {
        add(fast, type, structure.checkMissingProperties(s));
    }
    for (const type of elementTypes) {
        add(fast, type, structure.checkHingga(s));
        add(fast, type, refs.checkRefCode(s));
    }

    const slow: ValidationChecks<SpbeAstType> = {
        Pemda: [structure.checkPemdaCount(s), trace.checkDomainCoverage(s), roadmap.checkMuatanCoverage(s)],
        Opd: [structure.checkMissingPemda(s), structure.checkDuplicateNames(s)],
        Rencana: [structure.checkDuplicateNames(s), roadmap.checkRoadmapYears(s), roadmap.checkDependencyCycles(s), roadmap.checkBudgetTotal(s)],
        RencanaRefs: roadmap.checkDependencyOrder(s),
        ElementRefs: roadmap.checkRealizesPlanned(s),
        DataRefs: cross.checkDataUse(s),
        AplikasiRefs: cross.checkAppUse(s),
        Integrasi: cross.checkIntegrationRoute(s),
        Aplikasi: [cross.checkDuplicateApplication(s), cross.checkAplikasiUmum(s), trace.checkAplikasiUsed(s)],
        Data: cross.checkWalidataRole(s),
        IndicatorTarget: indexPlan.checkIndicatorPlan(s)
    };
    for (const type of elementTypes) {
        add(slow, type, structure.checkDuplicateNames(s));
        add(slow, type, trace.checkRetiredTargets(s));
        add(slow, type, roadmap.checkPlannedRealized(s));
    }

    registry.register(fast, undefined, 'fast');
    registry.register(slow, undefined, 'slow');
}

function add(checks: ValidationChecks<SpbeAstType>, type: keyof SpbeAstType, check: unknown): void {
    const existing = checks[type];
    const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
    (checks as Record<string, unknown>)[type] = [...list, check];
}
