import type { Bilingual } from './bilingual.js';
import type { ElementKind } from '../model/spbe-model.js';
import type { Locale } from './messages.js';

/**
 * The words people read for every enumeration value of the grammar (spec §6 v2: "Milik Sendiri", not
 * `milikSendiri`). Keyed by the grammar rule of `KeywordRules` (generated/grammar-facts.ts) and then by
 * the keyword; a test derives the expected keys from `KeywordRules`, so a new grammar value fails it
 * until it is labelled here.
 */

// Values that several rules share, so that each is translated once.
const keuangan: Bilingual = { id: 'Keuangan', en: 'Finance' };
const lainnya: Bilingual = { id: 'Lainnya', en: 'Other' };

export const ValueLabels = {
    Basis: {
        web: { id: 'Web', en: 'Web' },
        mobile: { id: 'Seluler', en: 'Mobile' },
        desktop: { id: 'Desktop', en: 'Desktop' }
    },
    Framework: {
        spbe2020: { id: 'Evaluasi SPBE (PermenPANRB 59/2020)', en: 'SPBE evaluation (PermenPANRB 59/2020)' },
        pemdi2025: { id: 'Indeks Pemdi 2025', en: 'Pemdi Index 2025' },
        pemdi2026: { id: 'Indeks Pemdi (PermenPANRB 8/2026)', en: 'Pemdi Index (PermenPANRB 8/2026)' }
    },
    Fungsi: {
        perencanaan: { id: 'Perencanaan', en: 'Planning' },
        penganggaran: { id: 'Penganggaran', en: 'Budgeting' },
        keuangan,
        pengadaan: { id: 'Pengadaan Barang/Jasa', en: 'Procurement' },
        kepegawaian: { id: 'Kepegawaian', en: 'Civil service personnel' },
        kearsipan: { id: 'Kearsipan', en: 'Records management' },
        pengaduan: { id: 'Pengaduan Publik', en: 'Public complaints' },
        akuntabilitas: { id: 'Akuntabilitas Kinerja', en: 'Performance accountability' },
        pengawasan: { id: 'Pengawasan Internal', en: 'Internal oversight' },
        asetDaerah: { id: 'Barang Milik Daerah', en: 'Regional assets' },
        kinerjaPegawai: { id: 'Kinerja Pegawai', en: 'Staff performance' },
        dataTerbuka: { id: 'Data Terbuka', en: 'Open data' },
        jdih: { id: 'Jaringan Dokumentasi dan Informasi Hukum', en: 'Legal documentation network (JDIH)' },
        sektoral: { id: 'Sektoral', en: 'Sectoral' },
        lainnya,
        kesehatan: { id: 'Kesehatan', en: 'Health' },
        kependudukan: { id: 'Kependudukan', en: 'Population registry' },
        perizinan: { id: 'Perizinan', en: 'Licensing' },
        bangunan: { id: 'Bangunan Gedung', en: 'Buildings' },
        perlindunganSosial: { id: 'Perlindungan Sosial', en: 'Social protection' }
    },
    JenisData: {
        statistik: { id: 'Statistik', en: 'Statistics' },
        geospasial: { id: 'Geospasial', en: 'Geospatial' },
        keuangan,
        lainnya
    },
    JenisInfrastruktur: {
        komputasiAwan: { id: 'Komputasi Awan', en: 'Cloud computing' },
        server: { id: 'Server', en: 'Server' },
        periferal: { id: 'Periferal', en: 'Peripherals' },
        mediaPenyimpanan: { id: 'Media Penyimpanan', en: 'Storage media' },
        perangkatJaringan: { id: 'Perangkat Jaringan', en: 'Network devices' },
        perangkatKeamanan: { id: 'Perangkat Keamanan', en: 'Security devices' },
        sistemOperasi: { id: 'Sistem Operasi', en: 'Operating system' },
        basisData: { id: 'Basis Data', en: 'Database' },
        utilitas: { id: 'Utilitas', en: 'Utilities' },
        jaringanIntra: { id: 'Jaringan Intra', en: 'Intranet' },
        sistemPenghubung: { id: 'Sistem Penghubung Layanan', en: 'Service bus (SPLP)' },
        fasilitasKomputasi: { id: 'Fasilitas Komputasi', en: 'Computing facility' }
    },
    JenisKeamanan: {
        standar: { id: 'Standar Keamanan', en: 'Security standard' },
        edukasi: { id: 'Edukasi Kesadaran Keamanan', en: 'Security awareness education' },
        identifikasiKerentanan: { id: 'Identifikasi Kerentanan Keamanan', en: 'Vulnerability identification' },
        peningkatan: { id: 'Peningkatan Keamanan', en: 'Security improvement' },
        penangananInsiden: { id: 'Penanganan Insiden Keamanan', en: 'Security incident handling' },
        audit: { id: 'Audit Keamanan', en: 'Security audit' },
        kelaikan: { id: 'Kelaikan Keamanan', en: 'Security worthiness' }
    },
    JenisLayanan: {
        publik: { id: 'Layanan Publik', en: 'Public service' },
        administrasi: { id: 'Layanan Administrasi Pemerintahan', en: 'Government administration service' }
    },
    JenisPemda: {
        kota: { id: 'Kota', en: 'City' },
        kabupaten: { id: 'Kabupaten', en: 'Regency' },
        provinsi: { id: 'Provinsi', en: 'Province' }
    },
    KategoriProbis: {
        inti: { id: 'Inti', en: 'Core' },
        manajemen: { id: 'Manajemen', en: 'Management' },
        pendukung: { id: 'Pendukung', en: 'Support' }
    },
    Kepemilikan: {
        milikSendiri: { id: 'Milik Sendiri', en: 'Own' },
        sewa: { id: 'Sewa', en: 'Leased' },
        bersama: { id: 'Pakai Bersama', en: 'Shared' }
    },
    MetodeLayanan: {
        online: { id: 'Daring', en: 'Online' },
        offline: { id: 'Luring', en: 'Offline' },
        hybrid: { id: 'Daring dan Luring', en: 'Hybrid' }
    },
    Muatan: {
        tataKelola: { id: 'Tata Kelola SPBE', en: 'SPBE Governance' },
        manajemen: { id: 'Manajemen SPBE', en: 'SPBE Management' },
        layanan: { id: 'Layanan SPBE', en: 'SPBE Services' },
        infrastruktur: { id: 'Infrastruktur SPBE', en: 'SPBE Infrastructure' },
        aplikasi: { id: 'Aplikasi SPBE', en: 'SPBE Applications' },
        keamanan: { id: 'Keamanan SPBE', en: 'SPBE Security' },
        auditTik: { id: 'Audit TIK', en: 'ICT Audit' }
    },
    Pemutakhiran: {
        realtime: { id: 'Seketika (real time)', en: 'Real time' },
        harian: { id: 'Harian', en: 'Daily' },
        mingguan: { id: 'Mingguan', en: 'Weekly' },
        bulanan: { id: 'Bulanan', en: 'Monthly' },
        triwulanan: { id: 'Triwulanan', en: 'Quarterly' },
        semesteran: { id: 'Semesteran', en: 'Half-yearly' },
        tahunan: { id: 'Tahunan', en: 'Yearly' },
        lainnya
    },
    PenggunaLayanan: {
        masyarakat: { id: 'Masyarakat', en: 'Citizens' },
        asn: { id: 'ASN', en: 'Civil servants' },
        badanUsaha: { id: 'Badan Usaha', en: 'Businesses' },
        instansi: { id: 'Instansi Pemerintah', en: 'Government agencies' }
    },
    Peran: {
        walidata: { id: 'Walidata', en: 'Walidata (data steward)' },
        koordinatorForumData: { id: 'Koordinator Forum Satu Data', en: 'Satu Data forum coordinator' },
        pengelolaPusatData: { id: 'Pengelola Pusat Data', en: 'Data centre operator' },
        csirt: { id: 'CSIRT', en: 'CSIRT' }
    },
    Prioritas: {
        tinggi: { id: 'Tinggi', en: 'High' },
        sedang: { id: 'Sedang', en: 'Medium' },
        rendah: { id: 'Rendah', en: 'Low' }
    },
    ReferenceVersion: {
        perpres132_2022: { id: 'Perpres 132/2022', en: 'Perpres 132/2022' }
    },
    SifatData: {
        terbuka: { id: 'Terbuka', en: 'Open' },
        terbatas: { id: 'Terbatas', en: 'Restricted' },
        tertutup: { id: 'Tertutup', en: 'Closed' }
    },
    Status: {
        eksisting: { id: 'Eksisting', en: 'Existing' },
        rencana: { id: 'Rencana', en: 'Planned' },
        dihentikan: { id: 'Dihentikan', en: 'Retired' }
    },
    SumberDana: {
        APBD: { id: 'APBD', en: 'Regional budget (APBD)' },
        APBN: { id: 'APBN', en: 'State budget (APBN)' },
        DAK: { id: 'Dana Alokasi Khusus (DAK)', en: 'Special allocation fund (DAK)' },
        hibah: { id: 'Hibah', en: 'Grant' },
        lainnya
    }
} as const satisfies Record<string, Readonly<Record<string, Bilingual>>>;

export type ValueRule = keyof typeof ValueLabels;

/**
 * The label of an enumeration value in the user's language: `valueLabel('Kepemilikan', 'milikSendiri', 'id')`
 * is `Milik Sendiri`. A value the table does not know (an empty or unparsed one) is returned as written.
 */
export function valueLabel(rule: ValueRule, value: string, locale: Locale): string {
    const labels: Readonly<Record<string, Bilingual>> = ValueLabels[rule];
    return Object.hasOwn(labels, value) ? labels[value][locale] : value;
}

/** The words of an element kind (`probis` → `Proses Bisnis`), for tables and diagram legends. */
const ElementKindLabels: Readonly<Record<ElementKind, Bilingual>> = {
    probis: { id: 'Proses Bisnis', en: 'Business process' },
    layanan: { id: 'Layanan', en: 'Service' },
    data: { id: 'Data', en: 'Data' },
    aplikasi: { id: 'Aplikasi', en: 'Application' },
    infrastruktur: { id: 'Infrastruktur', en: 'Infrastructure' },
    keamanan: { id: 'Keamanan', en: 'Security' },
    integrasi: { id: 'Integrasi', en: 'Integration' }
};

/** The kind of an element in words; an unknown kind is returned as written. */
export function elementKindLabel(kind: string, locale: Locale): string {
    return Object.hasOwn(ElementKindLabels, kind) ? ElementKindLabels[kind as ElementKind][locale] : kind;
}
