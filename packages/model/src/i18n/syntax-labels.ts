import type { Bilingual } from './bilingual.js';
import type { Locale } from './messages.js';

/**
 * The words `syntax` messages use for the grammar's rules (spec §5: the user's language, never the
 * parser's English): what a value of a data-type rule is ("`sangatTinggi` bukan prioritas yang
 * dikenal") and where a block's properties belong ("hanya berlaku untuk elemen data"). Keyed by the
 * grammar rule's name; a test derives the expected keys from `KeywordRules` (generated/grammar-facts.ts)
 * and from the block rules, so a new rule fails it until it has words here.
 */
export const SyntaxRuleWords = {
    // Data-type rules: the noun of one of their values.
    Basis: { id: 'basis aplikasi', en: 'application platform' },
    Framework: { id: 'kerangka penilaian', en: 'assessment framework' },
    Fungsi: { id: 'fungsi aplikasi', en: 'application function' },
    JenisData: { id: 'jenis data', en: 'data type' },
    JenisInfrastruktur: { id: 'jenis infrastruktur', en: 'infrastructure type' },
    JenisKeamanan: { id: 'jenis keamanan', en: 'security type' },
    JenisLayanan: { id: 'jenis layanan', en: 'service type' },
    JenisPemda: { id: 'jenis pemda', en: 'pemda type' },
    KategoriProbis: { id: 'kategori proses bisnis', en: 'business process category' },
    Kepemilikan: { id: 'kepemilikan', en: 'ownership' },
    MetodeLayanan: { id: 'metode layanan', en: 'service method' },
    Muatan: { id: 'muatan', en: 'muatan' },
    Pemutakhiran: { id: 'pemutakhiran', en: 'update frequency' },
    PenggunaLayanan: { id: 'pengguna layanan', en: 'service user' },
    Peran: { id: 'peran OPD', en: 'OPD role' },
    Prioritas: { id: 'prioritas', en: 'priority' },
    QualifiedName: { id: 'nama', en: 'name' },
    ReferenceVersion: { id: 'versi referensi', en: 'reference version' },
    SifatData: { id: 'sifat data', en: 'data classification' },
    Status: { id: 'status', en: 'status' },
    SumberDana: { id: 'sumber dana', en: 'funding source' },
    // Blocks: where a property is written.
    Workspace: { id: 'tingkat teratas berkas', en: 'the top level of a file' },
    Pemda: { id: 'blok pemda', en: 'a pemda block' },
    Opd: { id: 'blok OPD', en: 'an OPD block' },
    Probis: { id: 'elemen probis', en: 'a probis element' },
    Layanan: { id: 'elemen layanan', en: 'a layanan element' },
    Data: { id: 'elemen data', en: 'a data element' },
    Aplikasi: { id: 'elemen aplikasi', en: 'an aplikasi element' },
    Infrastruktur: { id: 'elemen infrastruktur', en: 'an infrastruktur element' },
    Keamanan: { id: 'elemen keamanan', en: 'a keamanan element' },
    Integrasi: { id: 'elemen integrasi', en: 'an integrasi element' },
    PetaRencana: { id: 'blok petaRencana', en: 'the petaRencana block' },
    Rencana: { id: 'butir Peta Rencana (rencana)', en: 'a roadmap item (rencana)' },
    IndikatorKinerja: { id: 'blok indikatorKinerja', en: 'an indikatorKinerja block' },
    Penilaian: { id: 'blok penilaian', en: 'a penilaian block' }
} as const satisfies Record<string, Bilingual>;

/** The words of a grammar rule, or undefined for a rule no message names. */
export function syntaxRuleWords(rule: string, locale: Locale): string | undefined {
    return Object.hasOwn(SyntaxRuleWords, rule) ? SyntaxRuleWords[rule as keyof typeof SyntaxRuleWords][locale] : undefined;
}

/** How the messages name the grammar's terminals (what the parser expected instead of a keyword). */
const TerminalWords: Readonly<Record<string, Bilingual>> = {
    ID: { id: 'nama', en: 'a name' },
    STRING: { id: 'teks dalam tanda kutip', en: 'a quoted text' },
    INT: { id: 'angka', en: 'a number' },
    CODE: { id: 'kode referensi (mis. RAB.09.03)', en: 'a reference code (e.g. RAB.09.03)' },
    DATE: { id: 'tanggal (YYYY-MM-DD)', en: 'a date (YYYY-MM-DD)' },
    EOF: { id: 'akhir berkas', en: 'the end of the file' }
};

const OrWord: Bilingual = { id: 'atau', en: 'or' };

/** A terminal in words (`STRING` → "teks dalam tanda kutip"), or undefined when it is none. */
export function terminalWords(terminal: string, locale: Locale): string | undefined {
    return Object.hasOwn(TerminalWords, terminal) ? TerminalWords[terminal][locale] : undefined;
}

/** The conjunction of the last two entries of a list of choices. */
export function orWord(locale: Locale): string {
    return OrWord[locale];
}
