import { elementKindLabel, formatPlainNumber, formatRupiah, heading, propertyLabel, valueLabel, type Locale, type ValueRule } from 'spbe-model';
import type { DiffNames, PropertyChange } from './diff-model.js';
import { indicatorLabel } from '../output/document-words.js';
import { UnreadAmount } from './semantic-properties.js';

/**
 * The diff's words for what the model writes as identifiers (spec §6 v2): a property by its label,
 * an enumeration value by its label ("Kepemilikan: Sewa → Milik Sendiri"), a reference by the title
 * of what it names. Used by the text, Markdown and HTML reports; JSON keeps the identifiers.
 */

/** Where a property is declared: an element of a kind, a roadmap item, an OPD or the pemda. */
export type DiffScope = string;

/** Properties whose values are keywords of one grammar rule, wherever they are declared. */
const enumRules: Readonly<Record<string, ValueRule>> = {
    status: 'Status', kepemilikan: 'Kepemilikan', sifat: 'SifatData', fungsi: 'Fungsi', basis: 'Basis', metode: 'MetodeLayanan',
    kategori: 'KategoriProbis', pemutakhiran: 'Pemutakhiran', muatan: 'Muatan', sumberDana: 'SumberDana', prioritas: 'Prioritas',
    peran: 'Peran', referensi: 'ReferenceVersion', evaluasi: 'Framework'
};

/** `jenis` and `pengguna` mean different things by scope. */
const scopedRules: Readonly<Record<string, Readonly<Record<string, ValueRule>>>> = {
    jenis: { data: 'JenisData', infrastruktur: 'JenisInfrastruktur', keamanan: 'JenisKeamanan', layanan: 'JenisLayanan', pemda: 'JenisPemda' },
    pengguna: { layanan: 'PenggunaLayanan' }
};

/** Properties whose values name elements, OPDs or roadmap items. */
const elementReferences = new Set(['probis', 'aplikasi', 'data', 'hosting', 'terhubung', 'induk', 'objek', 'dari', 'ke', 'via', 'mewujudkan', 'menghentikan']);
const opdReferences = new Set(['pengguna', 'produsen', 'walidata', 'bagiPakai', 'penanggungJawab', 'pelaksana', 'koordinator']);

/** Flags semantic-properties writes as `ya` when set. */
const yesFlags = new Set(['pribadi', 'ilustrasi']);

const noNames: DiffNames = { elements: {}, opds: {}, items: {} };

/** How a report names things; `names` absent shows identifiers as written. */
export class DiffWords {
    private readonly names: DiffNames;

    constructor(names: DiffNames | undefined, private readonly locale: Locale) {
        this.names = names ?? noNames;
    }

    element(id: string): string {
        return this.names.elements[id] ?? id;
    }

    opd(code: string): string {
        return this.names.opds[code] ?? code;
    }

    item(name: string): string {
        return this.names.items[name] ?? name;
    }

    kind(kind: string): string {
        return elementKindLabel(kind, this.locale);
    }

    property(property: string): string {
        return propertyLabel(property, this.locale);
    }

    /** One side of a property's value in words; ∅ when it is missing on that side. */
    value(scope: DiffScope, property: string, text: string | undefined): string {
        if (text === undefined) {
            return '∅';
        }
        if (property.startsWith('anggaran ') && /^\d+(\.\d+)?$/.test(text)) {
            return formatRupiah(Number(text), this.locale);
        }
        if (property.startsWith('anggaran ') && text === UnreadAmount) {
            return heading('unread', this.locale);
        }
        if (property.startsWith('indikatorKinerja ')) {
            return this.measures(text);
        }
        if (yesFlags.has(property) && text === 'ya') {
            return heading('yes', this.locale);
        }
        const rule = scopedRules[property]?.[scope] ?? enumRules[property];
        const each = (word: (v: string) => string) => text.split(', ').map(word).join(', ');
        if (rule) {
            return each(v => valueLabel(rule, v, this.locale));
        }
        if (elementReferences.has(property)) {
            return each(v => this.element(v));
        }
        if (opdReferences.has(property)) {
            return each(v => this.opd(v));
        }
        return property === 'setelah' ? each(v => this.item(v)) : text;
    }

    /**
     * An `indikatorKinerja` value (`satuan; awal 2024 10.5; target 2026 50`, as semantic-properties
     * writes it) in words: `awal`/`target` by their labels, each number with the locale's decimal
     * separator and all its digits (`10,5`), so that a change in any digit stays visible.
     */
    private measures(text: string): string {
        return text.replace(/(^|; )(awal|target) (\d{4}) (-?\d+(?:\.\d+)?)(?=;|$)/g, (_, lead: string, word: string, year: string, value: string) =>
            `${lead}${heading(word === 'awal' ? 'baseline' : 'target', this.locale).toLowerCase()} ${year} ${formatPlainNumber(Number(value), this.locale)}`);
    }

    /** "Kepemilikan: Sewa → Milik Sendiri"; an added or removed property shows ∅ on the side it is missing. */
    line(scope: DiffScope, p: PropertyChange): string {
        return `${this.property(p.property)}: ${this.value(scope, p.property, p.old)} → ${this.value(scope, p.property, p.new)}`;
    }

    /** An indicator level change: "Indikator 7 · Name: 2 → 3". */
    level(framework: string, p: PropertyChange): string {
        return `${indicatorLabel(framework, p.property, this.locale)}: ${p.old ?? '∅'} → ${p.new ?? '∅'}`;
    }

    framework(framework: string): string {
        return valueLabel('Framework', framework, this.locale);
    }
}
