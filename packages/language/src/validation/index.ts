import type { AstNode, ValidationCheck, ValidationChecks } from 'langium';
import type { SpbeAstType } from '../generated/ast.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import * as cross from './cross-opd-checks.js';
import * as indexPlan from './index-plan-checks.js';
import * as kegiatan from './kegiatan-checks.js';
import * as platform from './platform-checks.js';
import * as refs from './reference-code-checks.js';
import * as roadmap from './roadmap-checks.js';
import * as roadmapDetail from './roadmap-detail-checks.js';
import * as structure from './structure-checks.js';
import * as trace from './traceability-checks.js';

const elementTypes = ['Probis', 'Layanan', 'Data', 'Aplikasi', 'Infrastruktur', 'Keamanan', 'Integrasi'] as const;
const blockTypes = ['Pemda', 'Opd', ...elementTypes, 'Rencana', 'IndikatorKinerja'] as const;

/**
 * The only place that maps AST types to checks. `fast` checks look at one declaration (and what it
 * links to) and run as the user types; `slow` checks need the whole workspace (spec §5.5).
 */
export function registerValidationChecks(services: SpbeCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const s = services;

    const fast: ValidationChecks<SpbeAstType> = {
        YearRange: named(structure.checkYearRange, s),
        Target: named(structure.checkYearValue, s),
        Anggaran: [named(structure.checkYearValue, s), named(structure.checkAmount, s)],
        Penilaian: [named(structure.checkYearValue, s), named(indexPlan.checkPenilaianRepeats, s)],
        Infrastruktur: named(structure.checkTier, s),
        Pemda: named(structure.checkDates, s),
        Penetapan: named(structure.checkDates, s),
        Keamanan: named(structure.checkDates, s),
        Score: [named(structure.checkLevel, s), named(roadmap.checkScore, s)],
        IndicatorTarget: [named(structure.checkLevel, s), named(roadmap.checkIndicatorTarget, s)],
        Opd: named(structure.checkOpdPic, s),
        KodeLokal: named(refs.checkLocalCode, s),
        Layanan: named(trace.checkLayananLinks, s),
        Aplikasi: named(trace.checkAplikasiHosting, s),
        Data: named(trace.checkDataWalidata, s),
        Rencana: [named(structure.checkDuplicateYearEntries, s), named(roadmap.checkFunded, s), named(roadmapDetail.checkBlankKode, s)],
        KinerjaAwal: [named(structure.checkYearValue, s), named(structure.checkMeasuredValue, s)],
        KinerjaTarget: [named(structure.checkYearValue, s), named(structure.checkMeasuredValue, s)],
        IndikatorKinerja: [named(roadmapDetail.checkKinerjaSatuan, s), named(roadmapDetail.checkKinerjaTargetYears, s)],
        KegiatanList: named(kegiatan.checkKegiatanCodes, s)
    };
    for (const type of blockTypes) {
        add(fast, type, named(structure.checkDuplicateProperties, s));
    }
    for (const type of ['Pemda', 'Data', 'Infrastruktur', 'Keamanan', 'Integrasi', 'Rencana'] as const) {
        add(fast, type, named(structure.checkMissingProperties, s));
    }
    for (const type of elementTypes) {
        add(fast, type, named(structure.checkHingga, s));
        add(fast, type, named(refs.checkRefCode, s));
    }

    const slow: ValidationChecks<SpbeAstType> = {
        Pemda: [named(structure.checkPemdaCount, s), named(trace.checkDomainCoverage, s), named(roadmap.checkMuatanCoverage, s)],
        Opd: [named(structure.checkMissingPemda, s), named(structure.checkDuplicateNames, s)],
        Rencana: [named(structure.checkDuplicateNames, s), named(roadmap.checkRoadmapYears, s), named(roadmap.checkDependencyCycles, s), named(roadmap.checkBudgetTotal, s),
            named(roadmapDetail.checkDuplicateKode, s)],
        RencanaRefs: named(roadmap.checkDependencyOrder, s),
        ElementRefs: named(roadmap.checkRealizesPlanned, s),
        DataRefs: named(cross.checkDataUse, s),
        AplikasiRefs: named(cross.checkAppUse, s),
        Integrasi: named(cross.checkIntegrationRoute, s),
        Aplikasi: [named(cross.checkDuplicateApplication, s), named(cross.checkAplikasiUmum, s), named(trace.checkAplikasiUsed, s),
            named(platform.checkSectorPlatform, s), named(platform.checkSecurityAssessment, s)],
        KegiatanList: named(kegiatan.checkKegiatanLevel, s),
        Data: named(cross.checkWalidataRole, s),
        IndicatorTarget: named(indexPlan.checkIndicatorPlan, s)
    };
    for (const type of elementTypes) {
        add(slow, type, named(structure.checkDuplicateNames, s));
        add(slow, type, named(trace.checkRetiredTargets, s));
        add(slow, type, named(roadmap.checkPlannedRealized, s));
    }

    registry.register(fast, undefined, 'fast');
    registry.register(slow, undefined, 'slow');
}

/**
 * Builds a check and gives it its factory's name (`checkTier`), so that a check that throws is
 * named in the `internal-error` diagnostic that contains it.
 */
function named<N extends AstNode>(factory: (services: SpbeCoreServices) => ValidationCheck<N>, services: SpbeCoreServices): ValidationCheck<N> {
    const check = factory(services);
    Object.defineProperty(check, 'name', { value: factory.name });
    return check;
}

function add(checks: ValidationChecks<SpbeAstType>, type: keyof SpbeAstType, check: unknown): void {
    const existing = checks[type];
    const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
    (checks as Record<string, unknown>)[type] = [...list, check];
}
