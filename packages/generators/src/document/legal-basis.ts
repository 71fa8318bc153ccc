import type { PemdaInfo } from 'spbe-model';

/**
 * The Dasar Hukum of both documents: the regulations spbe-domain.md §1 lists with sources. Their
 * titles are the regulations' own (Indonesian in every locale). The evaluation instrument follows the
 * pemda's `evaluasi`; PermenPANRB 8/2026 replaced 59/2020 (spbe-domain.md §0.5).
 */
const Evaluation: Readonly<Record<string, string>> = {
    spbe2020: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik',
    pemdi2025: 'Surat Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor B/66/PD.02/2025 tentang Evaluasi Pemerintah Digital',
    pemdi2026: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital'
};

/** The legal basis, one regulation per entry, oldest first. */
export function legalBasis(pemda: PemdaInfo | undefined): string[] {
    return [
        'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
        'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
        'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia',
        'Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur Sistem Pemerintahan Berbasis Elektronik Nasional',
        ...(pemda?.evaluasi && Evaluation[pemda.evaluasi] ? [Evaluation[pemda.evaluasi]] : [])
    ];
}
