import type { Bilingual } from './bilingual.js';
import { editorLabel } from './editor-labels.js';
import { indexLabel } from './index-labels.js';
import type { Locale } from './messages.js';
import { heading } from './roadmap-labels.js';
import { term } from './terms.js';
import { elementKindLabel, ValueLabels } from './value-labels.js';

/**
 * The words of the language's properties, for reports that name a property a person reads (the
 * diff: "Kepemilikan: Sewa → Milik Sendiri"). Keyed by the property as the language writes it; a
 * word another table already translates is taken from it, so that each is translated once.
 */
const PropertyLabels: Readonly<Record<string, Bilingual | ((locale: Locale) => string)>> = {
    title: { id: 'Judul', en: 'Title' },
    name: { id: 'Nama', en: 'Name' },
    deskripsi: { id: 'Deskripsi', en: 'Description' },
    status: l => editorLabel('status', l),
    hingga: { id: 'Hingga', en: 'Until' },
    ref: { id: 'Referensi', en: 'Reference' },
    kepemilikan: { id: 'Kepemilikan', en: 'Ownership' },
    sifat: { id: 'Sifat data', en: 'Data classification' },
    jenis: { id: 'Jenis', en: 'Type' },
    fungsi: { id: 'Fungsi', en: 'Function' },
    basis: { id: 'Basis', en: 'Platform' },
    metode: { id: 'Metode layanan', en: 'Service method' },
    pengguna: { id: 'Pengguna', en: 'Users' },
    kategori: { id: 'Kategori', en: 'Category' },
    pemutakhiran: { id: 'Pemutakhiran', en: 'Update frequency' },
    pribadi: { id: 'Data pribadi', en: 'Personal data' },
    probis: { id: 'Proses bisnis', en: 'Business processes' },
    aplikasi: { id: 'Aplikasi', en: 'Applications' },
    data: l => elementKindLabel('data', l),
    hosting: { id: 'Hosting', en: 'Hosting' },
    terhubung: { id: 'Terhubung', en: 'Connected to' },
    induk: { id: 'Induk', en: 'Parent' },
    objek: { id: 'Objek', en: 'Object' },
    produsen: { id: 'Produsen', en: 'Producer' },
    walidata: { id: 'Walidata', en: 'Data steward' },
    bagiPakai: { id: 'Bagi pakai', en: 'Shared with' },
    dari: { id: 'Dari', en: 'From' },
    ke: { id: 'Ke', en: 'To' },
    via: { id: 'Melalui', en: 'Via' },
    muatan: { id: 'Muatan', en: 'Content area' },
    penanggungJawab: l => term('responsible', l),
    pelaksana: l => heading('pelaksana', l),
    tahun: l => editorLabel('years', l),
    target: l => heading('target', l),
    anggaran: l => term('budget', l),
    sumberDana: l => heading('sumberDana', l),
    kegiatan: { id: 'Kegiatan', en: 'Budget activities' },
    prioritas: l => term('prioritas', l),
    kode: l => heading('kode', l),
    indikatorKinerja: { id: 'Indikator kinerja', en: 'Performance indicator' },
    mewujudkan: { id: 'Mewujudkan', en: 'Realizes' },
    menghentikan: { id: 'Menghentikan', en: 'Retires' },
    setelah: l => heading('after', l),
    indikator: { id: 'Indikator', en: 'Indicators' },
    penilaian: l => indexLabel('assessment', l),
    pic: l => editorLabel('pic', l),
    email: { id: 'Email', en: 'Email' },
    peran: l => editorLabel('roles', l),
    periode: l => heading('periode', l),
    referensi: { id: 'Referensi arsitektur', en: 'Reference architecture' },
    evaluasi: { id: 'Kerangka evaluasi', en: 'Evaluation framework' },
    koordinator: { id: 'Koordinator', en: 'Coordinator' },
    ditetapkan: { id: 'Ditetapkan', en: 'Enacted' },
    reviu: { id: 'Reviu', en: 'Reviews' },
    kodeLokal: { id: 'Kode lokal', en: 'Local code' },
    kepalaDaerah: { id: 'Kepala daerah', en: 'Regional head' },
    tempat: { id: 'Tempat', en: 'Place' },
    ilustrasi: { id: 'Ilustrasi', en: 'Illustration' },
    lokasi: { id: 'Lokasi', en: 'Location' },
    tier: { id: 'Tier', en: 'Tier' },
    url: { id: 'URL', en: 'URL' },
    lisensi: { id: 'Lisensi', en: 'Licence' },
    basisData: { id: 'Basis data', en: 'Database' },
    tanggal: { id: 'Tanggal', en: 'Date' },
    hasil: { id: 'Hasil', en: 'Result' },
    tindakLanjut: { id: 'Tindak lanjut', en: 'Follow-up' }
};

/**
 * A property in words: `kepemilikan` → `Kepemilikan`, `anggaran 2026` → `Anggaran 2026` (a keyed
 * property keeps its key). A property the table does not know is returned as written.
 */
export function propertyLabel(property: string, locale: Locale): string {
    const space = property.indexOf(' ');
    const head = space < 0 ? property : property.slice(0, space);
    if (!Object.hasOwn(PropertyLabels, head)) {
        return property;
    }
    const label = PropertyLabels[head];
    return (typeof label === 'function' ? label(locale) : label[locale]) + property.slice(head.length);
}

/**
 * `text` with every camelCase language identifier in it (`bagiPakai`, `identifikasiKerentanan`) replaced by
 * its words: a property's label, else the label of the enumeration value of that name; an identifier
 * neither table knows stays as written; text in backticks is code and stays as written too. For texts
 * written for people that name keywords (catalog summaries).
 */
export function identifiersInWords(text: string, locale: Locale): string {
    return outsideCode(text, prose => prose.replace(/\b[a-z]+(?:[A-Z][a-z]*)+\b/g, word => {
        if (Object.hasOwn(PropertyLabels, word)) {
            return propertyLabel(word, locale).toLowerCase();
        }
        for (const labels of Object.values(ValueLabels) as Array<Readonly<Record<string, Bilingual>>>) {
            if (Object.hasOwn(labels, word)) {
                return labels[word]![locale];
            }
        }
        return word;
    }));
}

/**
 * A catalog summary for a reader who writes no `.spbe` (the documents' Lampiran B): the keywords it
 * names in parentheses as code (" (`bagiPakai`)") left out, the words before them kept.
 */
export function withoutKeywordNotes(text: string): string {
    return text.replace(/ \(`[^`]*`\)/g, '');
}

/** `text` with `words` applied to its prose only: a part in backticks is code the user types, kept as written. */
function outsideCode(text: string, words: (prose: string) => string): string {
    return text.split(/(`[^`]*`)/).map((part, i) => i % 2 === 1 ? part : words(part)).join('');
}

/** Indonesian keyword or label (lowercase, as prose quotes it) → its English words: keys and Indonesian labels of both tables. */
let englishWords: Map<string, string> | undefined;

function englishWordTable(): Map<string, string> {
    if (!englishWords) {
        englishWords = new Map();
        // Element kinds first: "a layanan" is one service, not the roadmap's content area "SPBE Services".
        const kinds = ['probis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan', 'integrasi'];
        const tables = [
            ...kinds.map(kind => [kind, { id: elementKindLabel(kind, 'id'), en: elementKindLabel(kind, 'en') }] as const),
            ...Object.keys(PropertyLabels).map(key => [key, { id: propertyLabel(key, 'id'), en: propertyLabel(key, 'en') }] as const),
            ...(Object.values(ValueLabels) as Array<Readonly<Record<string, Bilingual>>>).flatMap(labels => Object.entries(labels))
        ];
        for (const [key, label] of tables) {
            for (const indonesian of [key.toLowerCase(), label.id.toLowerCase()]) {
                // An English word the table also uses ("data", "status", "audit") is left as written.
                if (/^[a-z]+( [a-z]+)?$/.test(indonesian) && !label.en.toLowerCase().split(/\W+/).includes(indonesian.split(' ')[0]!) && !englishWords.has(indonesian)) {
                    englishWords.set(indonesian, label.en);
                }
            }
        }
    }
    return englishWords;
}

/**
 * `text` (a catalog summary for English readers) with the Indonesian keywords it quotes ("the same
 * fungsi", "pribadi or tertutup data", "kelaikan keamanan") in English words from the label tables,
 * two-word labels before single words; camelCase identifiers as `identifiersInWords`. Indonesian text
 * is returned as `identifiersInWords` gives it: the keywords are its own words.
 */
export function keywordsInWords(text: string, locale: Locale): string {
    const words = identifiersInWords(text, locale);
    if (locale === 'id') {
        return words;
    }
    const table = englishWordTable();
    const lower = (label: string) => /\p{Lu}{2}/u.test(label) ? label : label.toLowerCase();
    return outsideCode(words, prose => prose.replace(/\b([a-z]+)(?: ([a-z]+))?\b/g, (match, first: string, second: string | undefined) => {
        const pair = second === undefined ? undefined : table.get(match);
        if (pair !== undefined) {
            return lower(pair);
        }
        const single = table.get(first);
        const head = single === undefined ? first : lower(single);
        return second === undefined ? head : `${head} ${keywordsInWords(second, locale)}`;
    }));
}
