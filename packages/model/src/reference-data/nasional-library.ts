/**
 * The built-in, read-only `nasional` library (spec §3.3): national Aplikasi Umum, national sector
 * applications that pemda must use, and the Infrastruktur SPBE Nasional. It is loaded into every
 * workspace under its own URI scheme, so it is never written to disk and never validated as user code.
 */
export const NasionalLibraryUri = 'spbe-builtin:/nasional.spbe';

/** The OPD code of the library; it counts as an owner different from every workspace OPD. */
export const NasionalOpd = 'nasional';

/** The Aplikasi Umum that `duplicates-aplikasi-umum` checks, keyed by `fungsi` (spec §5.2). */
export const AplikasiUmumByFungsi: Readonly<Record<string, string>> = {
    kearsipan: 'SRIKANDI',
    pengaduan: 'SP4N_LAPOR',
    pengadaan: 'SPSE',
    kepegawaian: 'SIASN'
};

export const NasionalLibrarySource = `// Pustaka nasional bawaan SPBE Tools (hanya-baca). Sumber: spbe-domain.md §1.3, §7.1, §7.3.
opd nasional "Aplikasi dan Infrastruktur SPBE Nasional" {

    /** Aplikasi Umum kearsipan dinamis (Kepmen PANRB 679/2020; wali: ANRI). */
    aplikasi SRIKANDI "Sistem Informasi Kearsipan Dinamis Terintegrasi" {
        ref RAA.01.02
        fungsi kearsipan
        basis web, mobile
        url "https://srikandi.arsip.go.id"
    }

    /** Aplikasi Umum pengaduan pelayanan publik nasional. */
    aplikasi SP4N_LAPOR "SP4N-LAPOR!" {
        ref RAA.01.01
        fungsi pengaduan
        basis web, mobile
        url "https://www.lapor.go.id"
    }

    /** Aplikasi Umum pengadaan barang/jasa (wali: LKPP, melalui LPSE). */
    aplikasi SPSE "Sistem Pengadaan Secara Elektronik" {
        ref RAA.01.02
        fungsi pengadaan
        basis web
    }

    /** Aplikasi Umum kepegawaian (wali: BKN). */
    aplikasi SIASN "Sistem Informasi Aparatur Sipil Negara" {
        ref RAA.01.02
        fungsi kepegawaian
        basis web
    }

    /** Perencanaan, penganggaran dan keuangan daerah (Kemendagri). Status Aplikasi Umum/Khusus belum jelas (belum terverifikasi). */
    aplikasi SIPD "Sistem Informasi Pemerintahan Daerah" {
        fungsi perencanaan
        basis web
    }

    /** Jaringan Dokumentasi dan Informasi Hukum Nasional (belum terverifikasi). */
    aplikasi JDIHN "Jaringan Dokumentasi dan Informasi Hukum Nasional" {
        fungsi jdih
        basis web
    }

    /** Perizinan berusaha berbasis risiko (Aplikasi Khusus K/L). */
    aplikasi OSS_RBA "Online Single Submission Risk Based Approach" {
        fungsi sektoral
        basis web
    }

    /** Administrasi kependudukan terpusat (Dukcapil, Aplikasi Khusus K/L). */
    aplikasi SIAK "Sistem Informasi Administrasi Kependudukan" {
        fungsi sektoral
        basis web
    }

    /** Data pokok pendidikan (Aplikasi Khusus K/L). */
    aplikasi DAPODIK "Data Pokok Pendidikan" {
        fungsi sektoral
        basis desktop, web
    }

    /** Platform data kesehatan nasional (Aplikasi Khusus K/L). */
    aplikasi SATUSEHAT "SATUSEHAT" {
        fungsi sektoral
        basis web
    }

    /** Data terpadu kesejahteraan sosial (Aplikasi Khusus K/L). */
    aplikasi SIKS_NG "Sistem Informasi Kesejahteraan Sosial - Next Generation" {
        fungsi sektoral
        basis web
    }

    /** Pusat Data Nasional: pusat data bersama untuk berbagi pakai. */
    infrastruktur PDN "Pusat Data Nasional" {
        ref RAI.01.01
        jenis fasilitasKomputasi
    }

    /** Jaringan Intra Pemerintah: jaringan tertutup antarsimpul instansi. */
    infrastruktur JIP "Jaringan Intra Pemerintah" {
        ref RAI.02.01
        jenis jaringanIntra
    }

    /** Sistem Penghubung Layanan Pemerintah: bus integrasi dengan repositori metadata dan direktori layanan. */
    infrastruktur SPLP "Sistem Penghubung Layanan Pemerintah" {
        ref RAI.02.02
        jenis sistemPenghubung
    }
}
`;
