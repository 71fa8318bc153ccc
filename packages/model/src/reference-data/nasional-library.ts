/**
 * The built-in, read-only `nasional` library (spec §3.3): national Aplikasi Umum, national sector
 * platforms that pemda must use or integrate with, and the Infrastruktur SPBE Nasional. It is loaded
 * into every workspace under its own URI scheme, so it is never written to disk and never validated as
 * user code.
 *
 * This file is the one place that holds the library's facts: the `.spbe` text the language loads
 * (`NasionalLibrarySource`), the rule tables (`AplikasiUmumByFungsi`, `SectorPlatformByFungsi`) and the
 * owner and legal basis the hover shows are all derived from `NasionalEntries`.
 */
export const NasionalLibraryUri = 'spbe-builtin:/nasional.spbe';

/** The OPD code of the library; it counts as an owner different from every workspace OPD. */
export const NasionalOpd = 'nasional';

export interface NasionalEntry {
    readonly kind: 'aplikasi' | 'infrastruktur';
    /** The name after `nasional.` (an ID). */
    readonly name: string;
    readonly title: string;
    /** What it is, one Indonesian sentence; becomes the doc comment the hover shows. */
    readonly summary: string;
    /** The national institution that runs it (e.g. "Kementerian Dalam Negeri"). */
    readonly owner: string;
    /** The legal basis as the hover and docs show it. */
    readonly legalBasis: {
        /** The regulation, as Indonesians cite it ("Permendagri 70/2019 tentang …"). */
        readonly text: string;
        /** The public sources that confirm it; fewer than two → shown "belum diverifikasi" / "unverified". */
        readonly sources: readonly string[];
    };
    readonly ref?: string;
    /** `fungsi` of an aplikasi (one area, as the grammar takes it). */
    readonly fungsi?: string;
    /** `jenis` of an infrastruktur. */
    readonly jenis?: string;
    readonly basis?: string;
    readonly url?: string;
    /** The fungsi areas for which it is THE Aplikasi Umum (`duplicates-aplikasi-umum`, spec §5.2). */
    readonly aplikasiUmumFor?: readonly string[];
    /** The sector area for which it is the national platform (`sector-platform-not-integrated`, spec §5.2 v2). */
    readonly sectorFor?: string;
    /** An older name of another entry, kept so that v1 workspaces still link; integrations with it count for that entry. */
    readonly aliasOf?: string;
}

/** `true` when fewer than two public sources confirm the legal basis. */
export function isLegalBasisUnverified(entry: NasionalEntry): boolean {
    return entry.legalBasis.sources.length < 2;
}

const perpres95Sources = ['spbe-domain.md §1.1 [S22]', 'spbe-domain.md §1.1 [S19]', 'spbe-domain.md §1.1 [S8]'];

/** The library, in the order of its text. Sources checked 2026-11-30. */
export const NasionalEntries: readonly NasionalEntry[] = [
    {
        kind: 'aplikasi', name: 'SRIKANDI', title: 'Sistem Informasi Kearsipan Dinamis Terintegrasi',
        summary: 'Aplikasi Umum kearsipan dinamis.', owner: 'Arsip Nasional Republik Indonesia (ANRI)',
        legalBasis: { text: 'Kepmen PANRB 679/2020 tentang Aplikasi Umum bidang kearsipan dinamis', sources: ['spbe-domain.md §7.1 [S3]'] },
        ref: 'RAA.01.02', fungsi: 'kearsipan', basis: 'web, mobile', url: 'https://srikandi.arsip.go.id', aplikasiUmumFor: ['kearsipan']
    },
    {
        kind: 'aplikasi', name: 'SP4N_LAPOR', title: 'SP4N-LAPOR!',
        summary: 'Aplikasi Umum pengaduan pelayanan publik nasional.', owner: 'Kementerian PANRB',
        legalBasis: { text: 'Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik', sources: [] },
        ref: 'RAA.01.01', fungsi: 'pengaduan', basis: 'web, mobile', url: 'https://www.lapor.go.id', aplikasiUmumFor: ['pengaduan']
    },
    {
        kind: 'aplikasi', name: 'SPSE', title: 'Sistem Pengadaan Secara Elektronik',
        summary: 'Aplikasi Umum pengadaan barang/jasa, dipakai melalui LPSE.', owner: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)',
        legalBasis: { text: 'Perpres 16/2018 tentang Pengadaan Barang/Jasa Pemerintah', sources: [] },
        ref: 'RAA.01.02', fungsi: 'pengadaan', basis: 'web', aplikasiUmumFor: ['pengadaan']
    },
    {
        kind: 'aplikasi', name: 'SIASN', title: 'Sistem Informasi Aparatur Sipil Negara',
        summary: 'Aplikasi Umum kepegawaian.', owner: 'Badan Kepegawaian Negara (BKN)',
        legalBasis: { text: 'Peraturan BKN tentang Sistem Informasi ASN', sources: [] },
        ref: 'RAA.01.02', fungsi: 'kepegawaian', basis: 'web', aplikasiUmumFor: ['kepegawaian']
    },
    {
        kind: 'aplikasi', name: 'SIPD', title: 'Sistem Informasi Pemerintahan Daerah',
        summary: 'Perencanaan, penganggaran dan keuangan daerah.', owner: 'Kementerian Dalam Negeri',
        legalBasis: {
            text: 'Permendagri 70/2019 tentang Sistem Informasi Pemerintahan Daerah',
            sources: ['https://www.dadangjsn.com/2020/07/permendagri-nomor-70-tahun-2019-tentang.html', 'https://id.scribd.com/document/493404781/Permendagri-No-70-Tahun-2019']
        },
        fungsi: 'perencanaan', basis: 'web', aplikasiUmumFor: ['perencanaan', 'penganggaran', 'keuangan']
    },
    {
        kind: 'aplikasi', name: 'EKINERJA', title: 'e-Kinerja BKN',
        summary: 'Pengelolaan kinerja pegawai ASN.', owner: 'Badan Kepegawaian Negara (BKN)',
        legalBasis: { text: 'PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN', sources: [] },
        fungsi: 'kinerjaPegawai', basis: 'web', aplikasiUmumFor: ['kinerjaPegawai']
    },
    {
        kind: 'aplikasi', name: 'JDIHN', title: 'Jaringan Dokumentasi dan Informasi Hukum Nasional',
        summary: 'Jaringan dokumentasi dan informasi hukum; pusat jaringannya BPHN.', owner: 'Badan Pembinaan Hukum Nasional (BPHN), Kementerian Hukum',
        legalBasis: {
            text: 'Perpres 33/2012 tentang Jaringan Dokumentasi dan Informasi Hukum Nasional',
            sources: ['https://pasal.id/peraturan/keppres/perpres-no-33-tahun-2012/koreksi/6325074', 'https://text-id.123dok.com/document/y49p900z-integrasi-dan-hukum-nasional-bphn.html']
        },
        fungsi: 'jdih', basis: 'web', aplikasiUmumFor: ['jdih']
    },
    {
        kind: 'aplikasi', name: 'PORTAL_SDI', title: 'Portal Satu Data Indonesia',
        summary: 'Portal data terbuka Satu Data Indonesia.', owner: 'Kementerian PPN/Bappenas (Sekretariat Satu Data Indonesia)',
        legalBasis: {
            text: 'Perpres 39/2019 tentang Satu Data Indonesia',
            sources: ['https://www.slideshare.net/illangila/perpres-nomor-39tahun2019-satu-data-234618888', 'https://salamedukasi.com/2019/09/peraturan-presiden-nomor-39-tahun-2019.html']
        },
        fungsi: 'dataTerbuka', basis: 'web', url: 'https://data.go.id'
    },
    {
        kind: 'aplikasi', name: 'SATUSEHAT', title: 'SATUSEHAT',
        summary: 'Platform data kesehatan nasional; rekam medis elektronik fasilitas kesehatan wajib tersambung.', owner: 'Kementerian Kesehatan',
        legalBasis: {
            text: 'PMK 24/2022 tentang Rekam Medis',
            sources: ['https://blog.assist.id/permenkes-24-tahun-2022-panduan-lengkap-kewajiban-rekam-medis-elektronik-rme-dan-batas-waktu-kepatuhan', 'https://dinkes.kedirikab.go.id/rekam-medis-elektronik-harus-interoperabel-dengan-satu-sehat-perspektif-pmk-24-1922']
        },
        fungsi: 'kesehatan', basis: 'web', sectorFor: 'kesehatan'
    },
    {
        kind: 'aplikasi', name: 'SIAK', title: 'Sistem Informasi Administrasi Kependudukan (SIAK Terpusat)',
        summary: 'Administrasi kependudukan terpusat.', owner: 'Ditjen Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri',
        legalBasis: { text: 'Permendagri tentang SIAK (nomor belum dicatat)', sources: [] },
        fungsi: 'kependudukan', basis: 'web', sectorFor: 'kependudukan'
    },
    {
        kind: 'aplikasi', name: 'OSS', title: 'Online Single Submission Berbasis Risiko',
        summary: 'Perizinan berusaha berbasis risiko.', owner: 'Kementerian Investasi dan Hilirisasi/BKPM (Lembaga OSS)',
        legalBasis: {
            text: 'PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko',
            sources: ['https://pressrelease.co.id/blog/2021/12/07/pp-no-5-tahun-2021-penyelenggaraan-perizinan-berusaha-berbasis-risiko/', 'http://lexregis.com/newsletter/legal-update-peraturan-pemerintah-nomor-5-tahun-2021-tentang-penyelenggaraan-perizinan-berusaha-berbasis-risiko']
        },
        fungsi: 'perizinan', basis: 'web', url: 'https://oss.go.id', sectorFor: 'perizinan'
    },
    {
        kind: 'aplikasi', name: 'OSS_RBA', title: 'Online Single Submission Risk Based Approach',
        summary: 'Nama lama nasional.OSS, dipertahankan agar ruang kerja v1 tetap terhubung; tulis nasional.OSS.', owner: 'Kementerian Investasi dan Hilirisasi/BKPM (Lembaga OSS)',
        legalBasis: {
            text: 'PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko',
            sources: ['https://pressrelease.co.id/blog/2021/12/07/pp-no-5-tahun-2021-penyelenggaraan-perizinan-berusaha-berbasis-risiko/', 'http://lexregis.com/newsletter/legal-update-peraturan-pemerintah-nomor-5-tahun-2021-tentang-penyelenggaraan-perizinan-berusaha-berbasis-risiko']
        },
        fungsi: 'perizinan', basis: 'web', aliasOf: 'OSS'
    },
    {
        kind: 'aplikasi', name: 'SIMBG', title: 'Sistem Informasi Manajemen Bangunan Gedung',
        summary: 'Persetujuan Bangunan Gedung (PBG) dan Sertifikat Laik Fungsi.', owner: 'Kementerian Pekerjaan Umum',
        legalBasis: {
            text: 'PP 16/2021 tentang peraturan pelaksanaan UU 28/2002 tentang Bangunan Gedung',
            sources: ['https://id.scribd.com/document/597684840/2-Paparan-180822-PPT-PBG-4-59', 'https://bangunanlegal.blogspot.com/2026/01/dasar-hukum-pbg-berdasarkan-pp-16-tahun.html']
        },
        fungsi: 'bangunan', basis: 'web', url: 'https://simbg.pu.go.id', sectorFor: 'bangunan'
    },
    {
        kind: 'aplikasi', name: 'DAPODIK', title: 'Data Pokok Pendidikan',
        summary: 'Data pokok pendidikan (Aplikasi Khusus K/L).', owner: 'Kementerian Pendidikan Dasar dan Menengah',
        legalBasis: { text: 'Permendikbud 79/2015 tentang Data Pokok Pendidikan', sources: [] },
        fungsi: 'sektoral', basis: 'desktop, web'
    },
    {
        kind: 'aplikasi', name: 'SIKS_NG', title: 'Sistem Informasi Kesejahteraan Sosial - Next Generation',
        summary: 'Pengelolaan data kesejahteraan sosial (Aplikasi Khusus K/L).', owner: 'Kementerian Sosial',
        legalBasis: { text: 'Peraturan Menteri Sosial tentang pengelolaan data kesejahteraan sosial', sources: [] },
        fungsi: 'perlindunganSosial', basis: 'web'
    },
    {
        kind: 'infrastruktur', name: 'PDN', title: 'Pusat Data Nasional',
        summary: 'Pusat data bersama untuk berbagi pakai.', owner: 'Kementerian Komunikasi dan Digital',
        legalBasis: { text: 'Perpres 95/2018 tentang Sistem Pemerintahan Berbasis Elektronik', sources: perpres95Sources },
        ref: 'RAI.01.01', jenis: 'fasilitasKomputasi'
    },
    {
        kind: 'infrastruktur', name: 'JIP', title: 'Jaringan Intra Pemerintah',
        summary: 'Jaringan tertutup antarsimpul instansi.', owner: 'Kementerian Komunikasi dan Digital',
        legalBasis: { text: 'Perpres 95/2018 tentang Sistem Pemerintahan Berbasis Elektronik', sources: perpres95Sources },
        ref: 'RAI.02.01', jenis: 'jaringanIntra'
    },
    {
        kind: 'infrastruktur', name: 'SPLP', title: 'Sistem Penghubung Layanan Pemerintah',
        summary: 'Bus integrasi dengan repositori metadata dan direktori layanan.', owner: 'Kementerian Komunikasi dan Digital',
        legalBasis: { text: 'Perpres 95/2018 tentang Sistem Pemerintahan Berbasis Elektronik', sources: perpres95Sources },
        ref: 'RAI.02.02', jenis: 'sistemPenghubung'
    },
    {
        kind: 'infrastruktur', name: 'BSRE', title: 'Balai Besar Sertifikasi Elektronik',
        summary: 'Sertifikat elektronik dan tanda tangan elektronik (TTE) instansi pemerintah.', owner: 'Badan Siber dan Sandi Negara (BSSN)',
        legalBasis: { text: 'Peraturan BSSN tentang penyelenggaraan sertifikat elektronik (nomor belum dicatat)', sources: [] },
        jenis: 'perangkatKeamanan', url: 'https://bsre.bssn.go.id'
    }
];

/** The library entry named `name` (without `nasional.`), if any. */
export function nasionalEntry(name: string): NasionalEntry | undefined {
    return entriesByName.get(name);
}

const entriesByName = new Map(NasionalEntries.map(entry => [entry.name, entry]));

/** The Aplikasi Umum that `duplicates-aplikasi-umum` checks, keyed by `fungsi` (spec §5.2: nine areas since v2). */
export const AplikasiUmumByFungsi: Readonly<Record<string, string>> = Object.fromEntries(
    NasionalEntries.flatMap(entry => (entry.aplikasiUmumFor ?? []).map(fungsi => [fungsi, entry.name])));

/** The national sector platform that `sector-platform-not-integrated` checks, keyed by `fungsi` (spec §5.2 v2). */
export const SectorPlatformByFungsi: Readonly<Record<string, string>> = Object.fromEntries(
    NasionalEntries.flatMap(entry => (entry.sectorFor ? [[entry.sectorFor, entry.name]] : [])));

/** The names an integration may use for the entry `name`: itself and its older aliases. */
export function nasionalNamesOf(name: string): readonly string[] {
    return [name, ...NasionalEntries.filter(entry => entry.aliasOf === name).map(entry => entry.name)];
}

/**
 * The entry a `nasional` name stands for: `OSS` for the v1 alias `OSS_RBA`, the name itself otherwise
 * (also for names the library does not hold). Users see one application per entry, never its aliases.
 */
export function canonicalNasionalName(name: string): string {
    return NasionalEntries.find(entry => entry.name === name)?.aliasOf ?? name;
}

/** `true` for a name kept only so that v1 workspaces still link (`aliasOf` set): no output lists it. */
export function isNasionalAlias(name: string): boolean {
    return canonicalNasionalName(name) !== name;
}

function entrySource(entry: NasionalEntry): string {
    const properties = [
        entry.ref ? `ref ${entry.ref}` : '',
        entry.fungsi ? `fungsi ${entry.fungsi}` : '',
        entry.jenis ? `jenis ${entry.jenis}` : '',
        entry.basis ? `basis ${entry.basis}` : '',
        entry.url ? `url "${entry.url}"` : ''
    ].filter(Boolean);
    return [
        `    /** ${entry.summary} */`,
        `    ${entry.kind} ${entry.name} "${entry.title}" {`,
        ...properties.map(p => `        ${p}`),
        '    }'
    ].join('\n');
}

/** The library's `.spbe` text (what go-to-definition opens), generated from `NasionalEntries`. */
export const NasionalLibrarySource = [
    '// Pustaka nasional bawaan SPBE Tools (hanya-baca). Sumber: spbe-domain.md §1.3, §7.1, §7.3, §11.2.',
    '// Pemilik dan dasar hukum tiap entri tampil saat kursor di atas namanya.',
    `opd ${NasionalOpd} "Aplikasi dan Infrastruktur SPBE Nasional" {`,
    '',
    NasionalEntries.map(entrySource).join('\n\n'),
    '}',
    ''
].join('\n');

/**
 * The library as a Markdown table for docs/language.md (between its `nasional-library` markers;
 * `node scripts/gen-nasional-doc.mjs` writes it, test/docs.test.ts checks it is current).
 */
export function nasionalLibraryDocTable(): string {
    const rows = NasionalEntries.map(entry => {
        const area = entry.fungsi ? `fungsi \`${entry.fungsi}\`` : `jenis \`${entry.jenis}\``;
        const role = entry.aliasOf ? `old name of \`${entry.aliasOf}\``
            : entry.aplikasiUmumFor ? `Aplikasi Umum for ${entry.aplikasiUmumFor.map(f => `\`${f}\``).join(', ')}`
                : entry.sectorFor ? 'sector platform' : '';
        const basis = isLegalBasisUnverified(entry) ? `${entry.legalBasis.text} — *unverified (belum diverifikasi)*` : entry.legalBasis.text;
        return `| \`nasional.${entry.name}\` | ${entry.title} | ${entry.kind}, ${area}${role ? `; ${role}` : ''} | ${entry.owner} | ${basis} |`;
    });
    return ['| name | title | kind | owner institution | legal basis |', '|---|---|---|---|---|', ...rows].join('\n');
}
