import { describe, expect, test } from 'vitest';
import { lampiranHeader, officeTitle, regulationNumber, signatureBlock } from '../../packages/generators/src/document/document-frame.js';
import { pngSize } from '../../packages/generators/src/document/page-geometry.js';
import { formatLongDate, type PemdaInfo } from 'spbe-model';

/** The frame's words from the pemda header (spec §3.1, §6 v2), without rendering a document. */
const pemda = (extra: Partial<PemdaInfo>): PemdaInfo => ({ name: 'P', referensi: 'perpres132_2022', reviu: [], kodeLokal: [], jenisFromTitle: false, ilustrasi: false, ...extra });

describe('the lampiran header and the signature block', () => {
    test('the office follows jenis; an unknown kind says KEPALA DAERAH', () => {
        expect(officeTitle(pemda({ jenis: 'kota' }))).toBe('WALI KOTA');
        expect(officeTitle(pemda({ jenis: 'kabupaten' }))).toBe('BUPATI');
        expect(officeTitle(pemda({ jenis: 'provinsi' }))).toBe('GUBERNUR');
        expect(officeTitle(pemda({}))).toBe('KEPALA DAERAH');
        expect(officeTitle(undefined)).toBe('KEPALA DAERAH');
    });

    test('number and year from ditetapkan, in the ways people write them; blanks otherwise', () => {
        expect(regulationNumber('Perwali No. 12 Tahun 2025')).toEqual({ nomor: '12', tahun: '2025' });
        expect(regulationNumber('Peraturan Gubernur Jawa Timur Nomor 45 Tahun 2026 tentang SPBE')).toEqual({ nomor: '45', tahun: '2026' });
        expect(regulationNumber('Perbup nomor 3A tahun 2024')).toEqual({ nomor: '3A', tahun: '2024' });
        expect(regulationNumber('Rancangan Peraturan Wali Kota')).toEqual({ nomor: '…………', tahun: '…………' });
        expect(regulationNumber(undefined)).toEqual({ nomor: '…………', tahun: '…………' });
    });

    test('a provinsi: GUBERNUR <TEMPAT>, the region named without "Pemerintah"', () => {
        const jatim = pemda({ title: 'Pemerintah Provinsi Jawa Timur', jenis: 'provinsi', tempat: 'Surabaya', periode: { start: 2025, end: 2029 }, ditetapkan: { dasar: 'Pergub No. 9 Tahun 2025', tanggal: '2025-12-01' }, kepalaDaerah: 'Gubernur' });
        expect(lampiranHeader(jatim, 'arsitektur')).toEqual([
            'LAMPIRAN PERATURAN GUBERNUR SURABAYA', 'NOMOR 9 TAHUN 2025', 'TENTANG',
            'ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK PROVINSI JAWA TIMUR TAHUN 2025–2029'
        ]);
        expect(signatureBlock(jatim)).toEqual({ place: 'Ditetapkan di Surabaya', date: 'pada tanggal 1 Desember 2025', office: 'GUBERNUR SURABAYA,', name: 'Gubernur' });
    });

    test('no date and no signer: blanks to fill in, never "undefined"', () => {
        expect(signatureBlock(pemda({ title: 'Pemerintah Kota Contoh', tempat: 'Contoh', jenis: 'kota' }))).toEqual({
            place: 'Ditetapkan di Contoh', date: 'pada tanggal …………', office: 'WALI KOTA CONTOH,', name: '…………'
        });
    });
});

describe('typography and images', () => {
    test('dates in words: Indonesian and English; a malformed date as written', () => {
        expect(formatLongDate('2025-03-14', 'id')).toBe('14 Maret 2025');
        expect(formatLongDate('2025-03-14', 'en')).toBe('March 14, 2025');
        expect(formatLongDate('2025-13-40', 'id')).toBe('2025-13-40');
    });

    test('the PNG size comes from its header; other bytes are refused', () => {
        const header = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 3, 0x20, 0, 0, 1, 0x2c]);
        expect(pngSize(header)).toEqual({ width: 800, height: 300 });
        expect(() => pngSize(new TextEncoder().encode('<svg></svg> not a png at all'))).toThrow('not a PNG image');
    });
});
