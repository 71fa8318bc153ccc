/**
 * The diagnostic codes of spec §5. They are the public contract: the validator emits them, quick fixes
 * key on them, tests and the CLI's JSON/SARIF output expose them, and docs/diagnostics.md links to them.
 */
export namespace IssueCodes {
    // §5.1 Structure and references
    export const Syntax = 'syntax';
    export const UnresolvedReference = 'unresolved-reference';
    export const DuplicateName = 'duplicate-name';
    export const DuplicateProperty = 'duplicate-property';
    export const MissingProperty = 'missing-property';
    export const MissingPemda = 'missing-pemda';
    export const MultiplePemda = 'multiple-pemda';
    export const RefCodeUnknown = 'ref-code-unknown';
    export const RefCodeWrongDomain = 'ref-code-wrong-domain';
    export const LocalCodeWithoutParent = 'local-code-without-parent';
    export const OpdMissingPic = 'opd-missing-pic';
    export const InvalidValue = 'invalid-value';
    export const KegiatanCodeInvalid = 'kegiatan-code-invalid';
    export const KegiatanCodeWrongLevel = 'kegiatan-code-wrong-level';
    // §5.2 Cross-OPD rules
    export const CrossOpdDataNotShared = 'cross-opd-data-not-shared';
    export const CrossOpdAppNotShared = 'cross-opd-app-not-shared';
    export const IntegrationBypassesSplp = 'integration-bypasses-splp';
    export const DuplicateApplication = 'duplicate-application';
    export const DuplicatesAplikasiUmum = 'duplicates-aplikasi-umum';
    export const SectorPlatformNotIntegrated = 'sector-platform-not-integrated';
    export const AplikasiWithoutSecurityAssessment = 'aplikasi-without-security-assessment';
    export const DataClassificationLeak = 'data-classification-leak';
    export const WalidataWithoutRole = 'walidata-without-role';
    // §5.3 Traceability
    export const LayananWithoutProbis = 'layanan-without-probis';
    export const LayananWithoutAplikasi = 'layanan-without-aplikasi';
    export const AplikasiUnused = 'aplikasi-unused';
    export const AplikasiWithoutHosting = 'aplikasi-without-hosting';
    export const DataWithoutWalidata = 'data-without-walidata';
    export const MissingDomain = 'missing-domain';
    export const RetiredElementInUse = 'retired-element-in-use';
    // §5.4 Roadmap rules
    export const RoadmapYearOutsidePeriod = 'roadmap-year-outside-period';
    export const RoadmapYearOutsideItem = 'roadmap-year-outside-item';
    export const RoadmapDependencyCycle = 'roadmap-dependency-cycle';
    export const RoadmapDependencyOrder = 'roadmap-dependency-order';
    export const PlannedElementNotRealized = 'planned-element-not-realized';
    export const RealizesExistingElement = 'realizes-existing-element';
    export const MuatanNotCovered = 'muatan-not-covered';
    export const RoadmapUnfunded = 'roadmap-unfunded';
    export const IndicatorUnknown = 'indicator-unknown';
    // §5.6 Index plan rules
    export const IndicatorTargetBelowAssessed = 'indicator-target-below-assessed';
    export const IndicatorTargetConflict = 'indicator-target-conflict';
    // Not a rule of the language: the tools themselves failed on this file (a bug), so its findings
    // are incomplete. Never dropped silently; the CLI exits with 3 when one is present.
    export const InternalError = 'internal-error';
}

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

export type Severity = 'error' | 'warning' | 'info';

/** Every code with its default severity, in spec order (docs and tests iterate this). */
export const AllIssueCodes: readonly IssueCode[] = Object.values(IssueCodes) as IssueCode[];

/**
 * The link from a diagnostic to its rule's documentation: `base` is where docs/diagnostics.md is
 * served from (the editor passes the copy bundled with the extension); each rule has its own anchor.
 */
export function issueDocumentationUrl(code: string, base: string): string {
    return `${base}#${code}`;
}
