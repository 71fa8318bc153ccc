import { IssueCodes, type IssueCode, type Severity } from './issue-codes.js';

export interface IssueDescription {
    /** The severity the validator reports the finding with (and SARIF's default level). */
    readonly severity: Severity;
    /**
     * For a finding whose severity depends on what it is about, the severity per variant, in the order
     * the docs list them (`cross-opd-data-not-shared`: by the data's sifat). A variant not listed gets `severity`.
     */
    readonly severityByVariant?: Readonly<Record<string, Severity>>;
    /** Whether the check needs the whole workspace (runs on save in the editor, spec §5.5). */
    readonly slow: boolean;
    /** One line in English (SARIF rule metadata, docs/diagnostics.md's table). */
    readonly summary: string;
    /** The same line in Indonesian (docs/diagnostics.id.md, generated from this catalog). */
    readonly summaryId: string;
}

/** One line per code for SARIF rule metadata and the docs; the spec §5 tables are the source. */
export const IssueCatalog: Readonly<Record<IssueCode, IssueDescription>> = {
    [IssueCodes.Syntax]: { severity: 'error', slow: false, summary: 'Parse error, unreadable file, invalid UTF-8, an unknown string escape, a number the language cannot read, or a string or file over the size limit.', summaryId: 'Galat penguraian, berkas yang tidak terbaca, UTF-8 yang tidak valid, escape string yang tidak dikenal, angka yang tidak dapat dibaca, atau string atau berkas melebihi batas ukuran.' },
    [IssueCodes.UnresolvedReference]: { severity: 'error', slow: false, summary: 'A name that does not resolve to an element of the expected kind.', summaryId: 'Nama yang tidak merujuk ke elemen berjenis yang diharapkan.' },
    [IssueCodes.DuplicateName]: { severity: 'error', slow: true, summary: 'Two OPDs with one code, two elements of one OPD with one name, or two roadmap items with one name or one code (`kode`).', summaryId: 'Dua OPD dengan satu kode, dua elemen satu OPD dengan satu nama, atau dua item peta rencana dengan satu nama atau satu kode.' },
    [IssueCodes.DuplicateProperty]: { severity: 'error', slow: false, summary: 'A single-valued property written twice in one block.', summaryId: 'Properti bernilai tunggal ditulis dua kali dalam satu blok.' },
    [IssueCodes.MissingProperty]: { severity: 'error', slow: false, summary: 'A required property is absent.', summaryId: 'Properti wajib tidak ada.' },
    [IssueCodes.MissingPemda]: { severity: 'warning', slow: true, summary: 'The workspace has OPDs but no regional government (`pemda`).', summaryId: 'Ruang kerja memiliki OPD tetapi tidak memiliki pemda.' },
    [IssueCodes.MultiplePemda]: { severity: 'error', slow: true, summary: 'More than one regional government (`pemda`).', summaryId: 'Lebih dari satu pemda.' },
    [IssueCodes.RefCodeUnknown]: { severity: 'error', slow: false, summary: 'A reference code (`ref`) that is neither in the national list nor a local code (`kodeLokal`).', summaryId: 'Kode referensi (`ref`) yang tidak ada dalam daftar nasional dan bukan kode lokal (`kodeLokal`).' },
    [IssueCodes.RefCodeWrongDomain]: { severity: 'error', slow: false, summary: 'A reference code (`ref`) of another domain than the element.', summaryId: 'Kode referensi (`ref`) dari domain lain daripada domain elemen.' },
    [IssueCodes.LocalCodeWithoutParent]: { severity: 'error', slow: false, summary: 'A local code (`kodeLokal`) whose parent is neither a national code nor a local code.', summaryId: 'Kode lokal (`kodeLokal`) yang induknya bukan kode nasional atau kode lokal.' },
    [IssueCodes.OpdMissingPic]: { severity: 'warning', slow: false, summary: 'An OPD that names no contact person (`pic`).', summaryId: 'OPD yang tidak mencantumkan PIC (`pic`).' },
    [IssueCodes.InvalidValue]: { severity: 'error', slow: false, summary: 'A year that is not 4 digits, a reversed range, a tier outside 1..4, an impossible date, a level outside 1..5, a decimal part in money, an amount above Rp9.007.199.254.740.991 (alone, or the largest ones when all add up past it), or a measured value too large or too precise to be read exactly.', summaryId: 'Tahun yang bukan 4 angka, rentang terbalik, tier di luar 1..4, tanggal yang mustahil, level di luar 1..5, desimal pada anggaran, jumlah di atas Rp9.007.199.254.740.991 (sendiri, atau yang terbesar bila jumlah seluruhnya melewatinya), atau nilai ukur yang terlalu besar/terlalu presisi untuk dibaca tepat.' },
    [IssueCodes.KegiatanCodeInvalid]: { severity: 'error', slow: false, summary: 'A budget activity (`kegiatan`) that is not a Kepmendagri activity code U.BB.PP.L.KK or sub-activity code U.BB.PP.L.KK.SSSS.', summaryId: 'Entri kegiatan anggaran (`kegiatan`) yang bukan kode kegiatan Kepmendagri U.BB.PP.L.KK atau kode sub-kegiatan U.BB.PP.L.KK.SSSS.' },
    [IssueCodes.KegiatanCodeWrongLevel]: { severity: 'warning', slow: true, summary: 'A budget activity code whose level digit does not fit the regional government (1 = province, 2 = regency or city).', summaryId: 'Kode kegiatan yang digit levelnya tidak sesuai dengan pemda (1 = provinsi, 2 = kabupaten/kota).' },
    [IssueCodes.CrossOpdDataNotShared]: { severity: 'error', severityByVariant: { tertutup: 'error', terbatas: 'warning' }, slow: true, summary: 'Another OPD\'s data that is not open, used without being shared with the user (`bagiPakai`): an error for closed data, a warning for restricted data.', summaryId: 'Data OPD lain yang tidak terbuka dipakai tanpa dibagipakaikan kepada pemakainya (`bagiPakai`): galat bila tertutup, peringatan bila terbatas.' },
    [IssueCodes.CrossOpdAppNotShared]: { severity: 'warning', slow: true, summary: 'A service uses another OPD\'s application whose users (`pengguna`) do not list the service\'s OPD.', summaryId: 'Layanan memakai aplikasi OPD lain yang daftar penggunanya (`pengguna`) tidak mencantumkan OPD layanan itu.' },
    [IssueCodes.IntegrationBypassesSplp]: { severity: 'warning', slow: true, summary: 'An integration between two OPDs\' applications that does not go through a service bus (`via`).', summaryId: 'Integrasi antara aplikasi dua OPD yang tidak melalui sistem penghubung (`via`).' },
    [IssueCodes.DuplicateApplication]: { severity: 'warning', slow: true, summary: 'Two active applications of different OPDs with the same function (`fungsi`).', summaryId: 'Dua aplikasi aktif milik OPD berbeda dengan fungsi yang sama.' },
    [IssueCodes.DuplicatesAplikasiUmum]: { severity: 'warning', slow: true, summary: 'A local application duplicating a national Aplikasi Umum without integration or retirement.', summaryId: 'Aplikasi lokal yang menduplikasi Aplikasi Umum nasional tanpa integrasi atau penghentian.' },
    [IssueCodes.SectorPlatformNotIntegrated]: { severity: 'warning', slow: true, summary: 'An active local health, population registry, licensing or building application without an integration with SATUSEHAT, SIAK, OSS or SIMBG.', summaryId: 'Aplikasi lokal aktif bidang kesehatan, kependudukan, perizinan atau bangunan tanpa integrasi dengan SATUSEHAT, SIAK, OSS atau SIMBG.' },
    [IssueCodes.AplikasiWithoutSecurityAssessment]: { severity: 'warning', slow: true, summary: 'An active application holding personal or closed data that no security element of kind audit, vulnerability identification or security worthiness names.', summaryId: 'Aplikasi aktif yang memuat data pribadi atau tertutup dan tidak disebut oleh elemen keamanan mana pun yang berupa audit, identifikasi kerentanan, atau kelaikan keamanan.' },
    [IssueCodes.DataClassificationLeak]: { severity: 'error', slow: true, summary: 'A public service lists closed data.', summaryId: 'Layanan publik mencantumkan data tertutup.' },
    [IssueCodes.WalidataWithoutRole]: { severity: 'warning', slow: true, summary: 'The data steward (`walidata`) is an OPD without the data steward role.', summaryId: 'Walidata (`walidata`) yang disebut adalah OPD tanpa peran walidata.' },
    [IssueCodes.LayananWithoutProbis]: { severity: 'warning', slow: false, summary: 'A service lists no business process (`probis`).', summaryId: 'Layanan tidak mencantumkan proses bisnis (`probis`).' },
    [IssueCodes.LayananWithoutAplikasi]: { severity: 'warning', slow: false, summary: 'A service that is not offline lists no application (`aplikasi`).', summaryId: 'Layanan (bukan luring) tidak mencantumkan aplikasi.' },
    [IssueCodes.AplikasiUnused]: { severity: 'warning', slow: true, summary: 'An application used by no service and no integration.', summaryId: 'Aplikasi yang tidak dipakai layanan atau integrasi mana pun.' },
    [IssueCodes.AplikasiWithoutHosting]: { severity: 'warning', slow: false, summary: 'An application that names no hosting (`hosting`).', summaryId: 'Aplikasi tanpa hosting.' },
    [IssueCodes.DataWithoutWalidata]: { severity: 'warning', slow: false, summary: 'Data that names no data steward (`walidata`).', summaryId: 'Data tanpa walidata.' },
    [IssueCodes.MissingDomain]: { severity: 'warning', slow: true, summary: 'No element of one of the six domains (Indicator 11, level 3).', summaryId: 'Tidak ada elemen dari salah satu enam domain (Indikator 11, level 3).' },
    [IssueCodes.RetiredElementInUse]: { severity: 'warning', slow: true, summary: 'A retired element is still referenced by an element that outlives it.', summaryId: 'Elemen yang dihentikan masih dirujuk elemen yang masa berlakunya lebih panjang.' },
    [IssueCodes.RoadmapYearOutsidePeriod]: { severity: 'error', slow: true, summary: 'A year of an item\'s years, target or budget outside the regional government\'s period.', summaryId: 'Tahun pelaksanaan, target atau anggaran item yang berada di luar periode pemda.' },
    [IssueCodes.RoadmapYearOutsideItem]: { severity: 'error', slow: true, summary: 'A target or budget year outside the item\'s years (`tahun`).', summaryId: 'Tahun target atau anggaran di luar tahun item.' },
    [IssueCodes.RoadmapDependencyCycle]: { severity: 'error', slow: true, summary: 'Dependencies between items (`setelah`) form a cycle.', summaryId: 'Ketergantungan antar-item (`setelah`) membentuk siklus.' },
    [IssueCodes.RoadmapDependencyOrder]: { severity: 'warning', slow: true, summary: 'An item starts before an item it must follow (`setelah`) has ended.', summaryId: 'Item dimulai sebelum item yang harus didahuluinya (`setelah`) selesai.' },
    [IssueCodes.PlannedElementNotRealized]: { severity: 'warning', slow: true, summary: 'A planned element that no roadmap item realizes.', summaryId: 'Elemen berstatus rencana yang tidak diwujudkan item peta rencana mana pun.' },
    [IssueCodes.RealizesExistingElement]: { severity: 'warning', slow: true, summary: 'An item realizes (`mewujudkan`) an element that is not planned.', summaryId: 'mewujudkan menunjuk elemen yang tidak berstatus rencana.' },
    [IssueCodes.MuatanNotCovered]: { severity: 'warning', slow: true, summary: 'One of the seven content areas has no roadmap item (Indicator 12, level 3).', summaryId: 'Salah satu dari tujuh muatan tidak memiliki item peta rencana (Indikator 12, level 3).' },
    [IssueCodes.RoadmapUnfunded]: { severity: 'info', slow: false, summary: 'A roadmap item without a budget (`anggaran`).', summaryId: 'Item peta rencana tanpa anggaran.' },
    [IssueCodes.IndicatorUnknown]: { severity: 'error', slow: false, summary: 'An indicator id not in the framework.', summaryId: 'Id indikator yang tidak ada dalam kerangka.' },
    [IssueCodes.IndicatorTargetBelowAssessed]: { severity: 'warning', slow: true, summary: 'A target level lower than the latest assessed level.', summaryId: 'Level target lebih rendah daripada level penilaian terakhir.' },
    [IssueCodes.IndicatorTargetConflict]: { severity: 'warning', slow: true, summary: 'Two items ending in one year set different targets for one indicator.', summaryId: 'Dua item yang berakhir pada tahun yang sama menetapkan target berbeda untuk satu indikator.' },
    [IssueCodes.InternalError]: { severity: 'error', slow: false, summary: 'A check or a stage of the tools failed on this file (a bug); its findings are incomplete.', summaryId: 'Sebuah pemeriksaan atau tahap alat gagal pada berkas ini (bug); temuannya tidak lengkap.' }
};

/** The severity of a finding with `code` (about `variant`, for the codes whose severity depends on it), from the catalog. */
export function issueSeverity(code: IssueCode, variant?: string): Severity {
    const entry = IssueCatalog[code];
    return (variant === undefined ? undefined : entry.severityByVariant?.[variant]) ?? entry.severity;
}

/** The severity as the docs' tables state it: `warning`, or `error (tertutup) / warning (terbatas)` per variant. */
export function severityText(code: IssueCode): string {
    const variants = IssueCatalog[code].severityByVariant;
    return variants ? Object.entries(variants).map(([variant, severity]) => `${severity} (${variant})`).join(' / ') : IssueCatalog[code].severity;
}
