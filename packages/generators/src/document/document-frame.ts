import { documentLabel, formatLongDate, term, type Locale, type PemdaInfo, type SpbeModel } from 'spbe-model';
import { documentNotices } from '../output/document-words.js';
import type { SignatureBlock, SubmittableDocument } from './document-model.js';

/**
 * The frame every submittable document shares (spec §6 v2): the lampiran header, the cover, the
 * example banner and errors notice, and the signature block. The regulation's wording is Indonesian
 * in both locales: it is the text the kepala daerah signs.
 */

export type DocumentJenis = 'peta-rencana' | 'arsitektur';

/** The blank a pemda's Bagian Hukum fills in when the regulation has no number yet. */
const Blank = '…………';

/** `WALI KOTA`, `BUPATI`, `GUBERNUR`; `KEPALA DAERAH` when the pemda's kind is unknown. */
export function officeTitle(pemda: PemdaInfo | undefined): string {
    switch (pemda?.jenis) {
        case 'kota': return 'WALI KOTA';
        case 'kabupaten': return 'BUPATI';
        case 'provinsi': return 'GUBERNUR';
        default: return documentLabel('kepalaDaerah', 'id');
    }
}

/** The place the documents are enacted at: `tempat`, else the pemda's title. */
function place(pemda: PemdaInfo | undefined): string {
    return pemda?.tempat ?? pemda?.title ?? pemda?.name ?? '';
}

/** The number and year of the regulation from `ditetapkan` ("Perwali No. 12 Tahun 2025"); blanks when it names none. */
export function regulationNumber(dasar: string | undefined): { nomor: string; tahun: string } {
    const match = dasar === undefined ? null : /\bno(?:mor)?\.?\s*([^\s,]+)\s+tahun\s+(\d{4})\b/iu.exec(dasar);
    return match ? { nomor: match[1], tahun: match[2] } : { nomor: Blank, tahun: Blank };
}

/** `LAMPIRAN PERATURAN WALI KOTA KEDIRI` / `NOMOR 12 TAHUN 2025` / `TENTANG` / the subject in capitals. */
export function lampiranHeader(pemda: PemdaInfo | undefined, jenis: DocumentJenis): string[] {
    const { nomor, tahun } = regulationNumber(pemda?.ditetapkan?.dasar);
    const subject = documentLabel(jenis === 'peta-rencana' ? 'petaRencanaTitle' : 'arsitekturTitle', 'id');
    const periode = pemda?.periode ? ` TAHUN ${pemda.periode.start}–${pemda.periode.end}` : '';
    // "Pemerintah Kota Kediri" → "Kota Kediri": the subject names the region, not its government.
    const region = (pemda?.title ?? place(pemda)).replace(/^\s*pemerintah\s+/iu, '');
    return [
        `LAMPIRAN PERATURAN ${officeTitle(pemda)} ${place(pemda).toUpperCase()}`.trim(),
        `NOMOR ${nomor} TAHUN ${tahun}`,
        'TENTANG',
        `${subject} ${region}${periode}`.toUpperCase().replace(/\s+/g, ' ').trim()
    ];
}

/** `Ditetapkan di Kediri`, `pada tanggal 14 Maret 2025` (blank when not enacted), `WALI KOTA KEDIRI,`, the name. */
export function signatureBlock(pemda: PemdaInfo | undefined): SignatureBlock {
    const tanggal = pemda?.ditetapkan?.tanggal;
    return {
        place: `Ditetapkan di ${place(pemda)}`,
        date: `pada tanggal ${tanggal ? formatLongDate(tanggal, 'id') : Blank}`,
        office: `${officeTitle(pemda)} ${place(pemda).toUpperCase()},`,
        name: pemda?.kepalaDaerah ?? Blank
    };
}

/** The frame of one document around its chapters; `opd` (`--opd`) names the OPD the document is limited to on its cover. */
export function documentFrame(model: SpbeModel, jenis: DocumentJenis, locale: Locale, workspaceErrors: number | undefined, opd?: string): Omit<SubmittableDocument, 'chapters'> {
    const pemda = model.pemda;
    const title = documentLabel(jenis === 'peta-rencana' ? 'petaRencanaTitle' : 'arsitekturTitle', locale);
    const periode = pemda?.periode ? `${pemda.periode.start}–${pemda.periode.end}` : '';
    const banner = pemda?.ilustrasi ? term('example', locale) : undefined;
    return {
        locale,
        title: `${title} ${pemda?.title ?? ''}`.trim(),
        lampiran: lampiranHeader(pemda, jenis),
        banner,
        firstPageNotices: documentNotices(model, locale, workspaceErrors).filter(n => n !== banner),
        cover: [title.toUpperCase(), (pemda?.title ?? pemda?.name ?? '').toUpperCase(), opdLine(model, opd), periode].filter(Boolean),
        contentsTitle: documentLabel('contents', locale),
        // The Arsitektur has a section per OPD in every domain chapter: listing them would fill pages.
        contentsDepth: jenis === 'peta-rencana' ? 2 : 1,
        signature: signatureBlock(pemda)
    };
}

/** The cover line of a document limited to one OPD: its title in capitals ("DINAS KOMUNIKASI DAN INFORMATIKA"); empty without `opd`. */
function opdLine(model: SpbeModel, opd: string | undefined): string {
    if (!opd) {
        return '';
    }
    const info = model.opds.find(o => o.code === opd);
    return (info?.title || opd).toUpperCase();
}

/** `BAB I` … `BAB X`: chapters are few, so a small table of Roman numerals is enough. */
export function chapterNumber(index: number, locale: Locale): string {
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
    return `${documentLabel('chapter', locale)} ${roman[index] ?? String(index + 1)}`;
}

/** `Lampiran A`, `Lampiran B`. */
export function appendixNumber(index: number, locale: Locale): string {
    return `${documentLabel('appendix', locale)} ${String.fromCharCode(65 + index)}`;
}
