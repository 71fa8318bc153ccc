import type { Bilingual } from './bilingual.js';
import type { Locale } from './messages.js';
import { referenceTagLabel } from './reference-tag-labels.js';
import { muatanLabel, MuatanOrder } from './roadmap-labels.js';

/** "Lainnya", the catch-all value several rules share. */
const other: Bilingual = { id: 'Lainnya', en: 'Other' };

/** Words another table already owns (muatan, OPD roles, reference versions), taken from it, not restated. */
function borrowed(keys: readonly string[], lookup: (key: string, locale: Locale) => string | undefined): Record<string, Bilingual> {
    return Object.fromEntries(keys.map(key => [key, { id: lookup(key, 'id') ?? key, en: lookup(key, 'en') ?? key }]));
}

/**
 * The words people read for each enumeration value of the grammar (spec §6 "words, not identifiers"):
 * `EnumLabels[rule][value]`, keyed by the grammar's data-type rule name (`KeywordRules` in
 * grammar-facts.ts) and then by the keyword. Every value of every rule has an entry (a test checks it
 * against the grammar), so a human-facing output never needs to fall back on the identifier.
 */
export const EnumLabels: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
    Basis: {
        web: { id: 'Web', en: 'Web' },
        mobile: { id: 'Mobile', en: 'Mobile' },
        desktop: { id: 'Desktop', en: 'Desktop' }
    },
    Framework: {
        spbe2020: { id: 'Indeks SPBE 2020', en: 'SPBE Index 2020' },
        pemdi2025: { id: 'Indeks Pemdi 2025', en: 'Pemdi Index 2025' },
        pemdi2026: { id: 'Indeks Pemdi 2026', en: 'Pemdi Index 2026' }
    },
    Fungsi: {
        perencanaan: { id: 'Perencanaan', en: 'Planning' },
        penganggaran: { id: 'Penganggaran', en: 'Budgeting' },
        keuangan: { id: 'Keuangan', en: 'Finance' },
        pengadaan: { id: 'Pengadaan', en: 'Procurement' },
        kepegawaian: { id: 'Kepegawaian', en: 'Civil service personnel' },
        kearsipan: { id: 'Kearsipan', en: 'Records management' },
        pengaduan: { id: 'Pengaduan', en: 'Public complaints' },
        akuntabilitas: { id: 'Akuntabilitas', en: 'Accountability' },
        pengawasan: { id: 'Pengawasan', en: 'Oversight' },
        asetDaerah: { id: 'Aset Daerah', en: 'Regional assets' },
        kinerjaPegawai: { id: 'Kinerja Pegawai', en: 'Employee performance' },
        dataTerbuka: { id: 'Data Terbuka', en: 'Open data' },
        jdih: { id: 'JDIH', en: 'Legal documentation (JDIH)' },
        sektoral: { id: 'Sektoral', en: 'Sectoral' },
        lainnya: other,
        kesehatan: { id: 'Kesehatan', en: 'Health' },
        kependudukan: { id: 'Kependudukan', en: 'Population administration' },
        perizinan: { id: 'Perizinan', en: 'Licensing' },
        bangunan: { id: 'Bangunan Gedung', en: 'Buildings' },
        perlindunganSosial: { id: 'Perlindungan Sosial', en: 'Social protection' }
    },
    JenisData: {
        statistik: { id: 'Statistik', en: 'Statistical' },
        geospasial: { id: 'Geospasial', en: 'Geospatial' },
        keuangan: { id: 'Keuangan', en: 'Financial' },
        lainnya: other
    },
    JenisInfrastruktur: {
        komputasiAwan: { id: 'Komputasi Awan', en: 'Cloud computing' },
        server: { id: 'Server', en: 'Server' },
        periferal: { id: 'Periferal', en: 'Peripheral' },
        mediaPenyimpanan: { id: 'Media Penyimpanan', en: 'Storage media' },
        perangkatJaringan: { id: 'Perangkat Jaringan', en: 'Network device' },
        perangkatKeamanan: { id: 'Perangkat Keamanan', en: 'Security device' },
        sistemOperasi: { id: 'Sistem Operasi', en: 'Operating system' },
        basisData: { id: 'Basis Data', en: 'Database' },
        utilitas: { id: 'Utilitas', en: 'Utility software' },
        jaringanIntra: { id: 'Jaringan Intra', en: 'Government intranet' },
        sistemPenghubung: { id: 'Sistem Penghubung Layanan', en: 'Service integration system (SPLP)' },
        fasilitasKomputasi: { id: 'Fasilitas Komputasi', en: 'Computing facility' }
    },
    JenisKeamanan: {
        standar: { id: 'Standar dan Prosedur Keamanan', en: 'Security standards and procedures' },
        edukasi: { id: 'Edukasi Kesadaran Keamanan', en: 'Security awareness education' },
        identifikasiKerentanan: { id: 'Identifikasi Kerentanan', en: 'Vulnerability identification' },
        peningkatan: { id: 'Peningkatan Keamanan', en: 'Security improvement' },
        penangananInsiden: { id: 'Penanganan Insiden', en: 'Incident handling' },
        audit: { id: 'Audit Keamanan', en: 'Security audit' },
        kelaikan: { id: 'Kelaikan Keamanan', en: 'Security worthiness' }
    },
    JenisLayanan: {
        publik: { id: 'Layanan Publik', en: 'Public service' },
        administrasi: { id: 'Administrasi Pemerintahan', en: 'Government administration' }
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
        milikSendiri: { id: 'Milik Sendiri', en: 'Owned' },
        sewa: { id: 'Sewa', en: 'Leased' },
        bersama: { id: 'Pakai Bersama', en: 'Shared' }
    },
    MetodeLayanan: {
        online: { id: 'Daring', en: 'Online' },
        offline: { id: 'Luring', en: 'Offline' },
        hybrid: { id: 'Hibrida', en: 'Hybrid' }
    },
    Muatan: borrowed(MuatanOrder, muatanLabel),
    Pemutakhiran: {
        realtime: { id: 'Waktu Nyata', en: 'Real time' },
        harian: { id: 'Harian', en: 'Daily' },
        mingguan: { id: 'Mingguan', en: 'Weekly' },
        bulanan: { id: 'Bulanan', en: 'Monthly' },
        triwulanan: { id: 'Triwulanan', en: 'Quarterly' },
        semesteran: { id: 'Semesteran', en: 'Half-yearly' },
        tahunan: { id: 'Tahunan', en: 'Yearly' },
        lainnya: other
    },
    PenggunaLayanan: {
        masyarakat: { id: 'Masyarakat', en: 'Public' },
        asn: { id: 'ASN', en: 'Civil servants' },
        badanUsaha: { id: 'Badan Usaha', en: 'Businesses' },
        instansi: { id: 'Instansi Pemerintah', en: 'Government agencies' }
    },
    Peran: borrowed(['walidata', 'koordinatorForumData', 'pengelolaPusatData', 'csirt'], referenceTagLabel),
    Prioritas: {
        tinggi: { id: 'Tinggi', en: 'High' },
        sedang: { id: 'Sedang', en: 'Medium' },
        rendah: { id: 'Rendah', en: 'Low' }
    },
    ReferenceVersion: borrowed(['perpres132_2022'], referenceTagLabel),
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
        APBD: { id: 'APBD', en: 'APBD' },
        APBN: { id: 'APBN', en: 'APBN' },
        DAK: { id: 'DAK', en: 'DAK' },
        hibah: { id: 'Hibah', en: 'Grant' },
        lainnya: other
    }
};

/**
 * The label of one enumeration value: `enumLabel('Kepemilikan', 'milikSendiri', 'id')` → "Milik Sendiri".
 * A rule or value the table does not know (never the case for the grammar's own) gives the value back.
 */
export function enumLabel(rule: string, value: string, locale: Locale): string {
    return EnumLabels[rule]?.[value]?.[locale] ?? value;
}

/** Case, spaces, `_` and `-` do not distinguish two values: "milik sendiri" = "Milik Sendiri" = "milikSendiri". */
function folded(text: string): string {
    return text.normalize('NFC').toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The value of `values` (keywords of `rule`) that `text` names, by identifier or by its label in
 * either language, in any case or spacing; undefined when it names none.
 */
export function enumValueOf(rule: string, values: readonly string[], text: string): string | undefined {
    const wanted = folded(text);
    if (!wanted) {
        return undefined;
    }
    return values.find(v => folded(v) === wanted)
        ?? values.find(v => Object.values(EnumLabels[rule]?.[v] ?? {}).some(label => folded(label) === wanted));
}
