import { IssueCodes, type IssueCode } from './issue-codes.js';

export interface IssueDescription {
    /** Default severity; `cross-opd-data-not-shared` is an error for tertutup data, a warning for terbatas. */
    readonly severity: 'error' | 'warning' | 'info';
    /** Whether the check needs the whole workspace (runs on save in the editor, spec §5.5). */
    readonly slow: boolean;
    readonly summary: string;
}

/** One line per code for SARIF rule metadata and the docs; the spec §5 tables are the source. */
export const IssueCatalog: Readonly<Record<IssueCode, IssueDescription>> = {
    [IssueCodes.Syntax]: { severity: 'error', slow: false, summary: 'Parse error, unreadable file or invalid UTF-8.' },
    [IssueCodes.UnresolvedReference]: { severity: 'error', slow: false, summary: 'A name that does not resolve to an element of the expected kind.' },
    [IssueCodes.DuplicateName]: { severity: 'error', slow: true, summary: 'Two OPDs with one code, two elements of one OPD with one name, or two roadmap items with one name.' },
    [IssueCodes.DuplicateProperty]: { severity: 'error', slow: false, summary: 'A single-valued property written twice in one block.' },
    [IssueCodes.MissingProperty]: { severity: 'error', slow: false, summary: 'A required property is absent.' },
    [IssueCodes.MissingPemda]: { severity: 'warning', slow: true, summary: 'The workspace has OPDs but no pemda.' },
    [IssueCodes.MultiplePemda]: { severity: 'error', slow: true, summary: 'More than one pemda.' },
    [IssueCodes.RefCodeUnknown]: { severity: 'error', slow: false, summary: 'A ref code that is neither in the national list nor a kodeLokal.' },
    [IssueCodes.RefCodeWrongDomain]: { severity: 'error', slow: false, summary: 'A ref code of another domain than the element.' },
    [IssueCodes.LocalCodeWithoutParent]: { severity: 'error', slow: false, summary: 'A kodeLokal whose parent is not a national code or kodeLokal.' },
    [IssueCodes.OpdMissingPic]: { severity: 'warning', slow: false, summary: 'An OPD without pic.' },
    [IssueCodes.InvalidValue]: { severity: 'error', slow: false, summary: 'A year that is not 4 digits, a reversed range, a tier outside 1..4, an impossible date, a level outside 1..5 or an amount above Rp9.007.199.254.740.991.' },
    [IssueCodes.CrossOpdDataNotShared]: { severity: 'error', slow: true, summary: 'Another OPD\'s data (not terbuka) used without bagiPakai (error if tertutup, warning if terbatas).' },
    [IssueCodes.CrossOpdAppNotShared]: { severity: 'warning', slow: true, summary: 'A layanan uses another OPD\'s aplikasi whose pengguna does not list it.' },
    [IssueCodes.IntegrationBypassesSplp]: { severity: 'warning', slow: true, summary: 'An integrasi between two OPDs\' applications without via a sistemPenghubung.' },
    [IssueCodes.DuplicateApplication]: { severity: 'warning', slow: true, summary: 'Two active applications of different OPDs with the same fungsi.' },
    [IssueCodes.DuplicatesAplikasiUmum]: { severity: 'warning', slow: true, summary: 'A local application duplicating a national Aplikasi Umum without integration or retirement.' },
    [IssueCodes.DataClassificationLeak]: { severity: 'error', slow: true, summary: 'A public layanan lists tertutup data.' },
    [IssueCodes.WalidataWithoutRole]: { severity: 'warning', slow: true, summary: 'walidata names an OPD without peran walidata.' },
    [IssueCodes.LayananWithoutProbis]: { severity: 'warning', slow: false, summary: 'A layanan lists no probis.' },
    [IssueCodes.LayananWithoutAplikasi]: { severity: 'warning', slow: false, summary: 'A layanan (not offline) lists no aplikasi.' },
    [IssueCodes.AplikasiUnused]: { severity: 'warning', slow: true, summary: 'An aplikasi used by no layanan and no integrasi.' },
    [IssueCodes.AplikasiWithoutHosting]: { severity: 'warning', slow: false, summary: 'An aplikasi without hosting.' },
    [IssueCodes.DataWithoutWalidata]: { severity: 'warning', slow: false, summary: 'Data without walidata.' },
    [IssueCodes.MissingDomain]: { severity: 'warning', slow: true, summary: 'No element of one of the six domains (Indikator 11, level 3).' },
    [IssueCodes.RetiredElementInUse]: { severity: 'warning', slow: true, summary: 'A retired element is still referenced by an element that outlives it.' },
    [IssueCodes.RoadmapYearOutsidePeriod]: { severity: 'error', slow: true, summary: 'A tahun, target or anggaran year outside the pemda periode.' },
    [IssueCodes.RoadmapYearOutsideItem]: { severity: 'error', slow: true, summary: 'A target or anggaran year outside the item\'s tahun.' },
    [IssueCodes.RoadmapDependencyCycle]: { severity: 'error', slow: true, summary: 'setelah dependencies form a cycle.' },
    [IssueCodes.RoadmapDependencyOrder]: { severity: 'warning', slow: true, summary: 'An item starts before an item it is setelah has ended.' },
    [IssueCodes.PlannedElementNotRealized]: { severity: 'warning', slow: true, summary: 'A status rencana element no roadmap item realizes.' },
    [IssueCodes.RealizesExistingElement]: { severity: 'warning', slow: true, summary: 'mewujudkan points at an element that is not status rencana.' },
    [IssueCodes.MuatanNotCovered]: { severity: 'warning', slow: true, summary: 'One of the seven muatan has no roadmap item (Indikator 12, level 3).' },
    [IssueCodes.RoadmapUnfunded]: { severity: 'info', slow: false, summary: 'A roadmap item without anggaran.' },
    [IssueCodes.IndicatorUnknown]: { severity: 'error', slow: false, summary: 'An indicator id not in the framework.' },
    [IssueCodes.IndicatorTargetBelowAssessed]: { severity: 'warning', slow: true, summary: 'A target level lower than the latest assessed level.' },
    [IssueCodes.IndicatorTargetConflict]: { severity: 'warning', slow: true, summary: 'Two items ending in one year set different targets for one indicator.' },
    [IssueCodes.InternalError]: { severity: 'error', slow: false, summary: 'A check or a stage of the tools failed on this file (a bug); its findings are incomplete.' }
};
