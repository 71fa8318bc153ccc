import type { CsvSeparator } from '../output/csv-table.js';
import type { RoadmapItemInfo, SpbeModel } from 'spbe-model';
import type { Locale } from 'spbe-model';
import { criticalPath } from './critical-path.js';
import { defaultFramework, isUnfunded, projectIndex, type IndexProjection } from 'spbe-model';
import { elementKindLabel, formatNumber, heading, incompleteTotal, muatanLabel, MuatanOrder, valueLabel } from 'spbe-model';
import { documentNotices, indicatorTargetLabel, itemLabel, type IndexWords } from '../output/document-words.js';
import { maxOf, minOf, pushTo } from 'spbe-model';

export interface RoadmapOptions {
    /** Only items this OPD is responsible for or carries out. */
    readonly opd?: string;
    readonly muatan?: string;
    /** Only items overlapping these years; year columns are limited to them too. */
    readonly fromYear?: number;
    readonly toYear?: number;
    readonly locale: Locale;
    /** Field separator of the CSV tables; default: `;` in Indonesian, `,` in English. */
    readonly csvSeparator?: CsvSeparator;
    /** (v2 §6) Errors in the workspace the documents were generated from (`--allow-errors`); the first page says so. */
    readonly workspaceErrors?: number;
}

export interface RoadmapRow {
    readonly no: number;
    readonly name: string;
    readonly title: string;
    readonly muatan: string;
    readonly indikator: readonly string[];
    readonly indikatorTargets: ReadonlyArray<{ readonly framework: string; readonly indicator: string; readonly level: number }>;
    readonly targets: Readonly<Record<number, string>>;
    readonly penanggungJawab: string;
    readonly pelaksana: readonly string[];
    /** The kegiatan codes joined by `, ` (one table cell). */
    readonly kegiatan: string;
    /** (v2) The kegiatan codes, one per entry. */
    readonly kegiatanList: readonly string[];
    /** (v2) The kode rincian (written or derived, `AP.01`), empty when the item has neither kode nor muatan. */
    readonly kode: string;
    readonly kodeDerived: boolean;
    /** (v2) `tinggi`, `sedang`, `rendah`, or empty. */
    readonly prioritas: string;
    /** (v2) Performance indicators with unit, baseline and yearly targets (all years, not narrowed). */
    readonly indikatorKinerja: RoadmapItemInfo['indikatorKinerja'];
    /** (v2) Years (inside the columns) whose written budget is not shown: unreadable or invalid (an error was reported). */
    readonly anggaranDropped: readonly number[];
    readonly anggaran: Readonly<Record<number, number>>;
    /** The readable amounts' sum; shown only when `unread` is 0 (else the total is incomplete). */
    readonly total: number;
    /** (v2 §6) How many of the item's amounts (in the year columns) could not be read: `anggaranDropped.length`. */
    readonly unread: number;
    /** (v2) No `anggaran` written at all (`isUnfunded`, what `roadmap-unfunded` reports): shown "tanpa anggaran", never Rp0. */
    readonly unfunded: boolean;
    readonly sumberDana: string;
    readonly setelah: readonly string[];
    readonly tahunMulai: number | null;
    readonly tahunSelesai: number | null;
    readonly critical: boolean;
    /** (v2 §6) What a person reads for the item: `AP.01 · Title` (kode and title; the name when untitled). */
    readonly label: string;
    /** (v2 §6) `Indikator 37 · Layanan Kearsipan Dinamis → tingkat 4`, one per indicator target. */
    readonly indikatorWords: readonly string[];
    /** (v2 §6) The OPD titles (the code when the OPD has no title). */
    readonly penanggungJawabTitle: string;
    readonly pelaksanaTitles: readonly string[];
    /** (v2 §6) Labels of the enumeration values (`Tinggi`, `Dana Alokasi Khusus (DAK)`); empty when not written. */
    readonly prioritasLabel: string;
    readonly sumberDanaLabel: string;
    /** (v2 §6) One line per performance indicator: `Name (satuan): awal 2024 20; 2025 40; 2026 60`. */
    readonly kinerjaLines: readonly string[];
    /** (v2 §6) The labels of the items this one waits for. */
    readonly setelahLabels: readonly string[];
}

export interface ElementRef {
    readonly id: string;
    readonly title: string;
    readonly kind: string;
    readonly opd: string;
    /** The OPD's title (its code when untitled). */
    readonly opdTitle: string;
    /** The kind in words (`Aplikasi`). */
    readonly kindLabel: string;
}

export interface RoadmapReport {
    readonly locale: Locale;
    /**
     * (v2 §6) Lines every document shows first, in the user's language: the example banner of an
     * `ilustrasi` workspace and the notice of a workspace with errors. Empty for a clean, real workspace.
     */
    readonly notices: readonly string[];
    /** (v2 §6) The pemda is marked `ilustrasi`: the documents are an example, not official. */
    readonly ilustrasi: boolean;
    /** (v2 §6) Errors of the workspace the documents were generated from (`--allow-errors`); 0 when clean. */
    readonly workspaceErrors: number;
    /** (v2 §6) `true` when some year's budget could not be read: those cells show `—` and the notice `budgetUnread`. */
    readonly budgetUnread: boolean;
    readonly pemda: { readonly name: string; readonly title: string } | undefined;
    readonly periode: { readonly start: number; readonly end: number } | undefined;
    readonly years: readonly number[];
    readonly filters: Omit<RoadmapOptions, 'locale'>;
    readonly groups: ReadonlyArray<{
        readonly muatan: string;
        readonly label: string;
        readonly rows: readonly RoadmapRow[];
    } & BudgetSums>;
    readonly rows: readonly RoadmapRow[];
    readonly totals: BudgetSums;
    readonly coverage: ReadonlyArray<{ readonly muatan: string; readonly label: string; readonly count: number }>;
    readonly gap: {
        /** `realizedBy` names the items; `realizedByLabels` says them in words (`AP.01 · Title`), same order. */
        readonly toBe: ReadonlyArray<{ readonly element: ElementRef; readonly realizedBy: readonly string[]; readonly realizedByLabels: readonly string[]; readonly year: number | null }>;
        readonly retirements: ReadonlyArray<{ readonly element: ElementRef; readonly retiredBy: readonly string[]; readonly retiredByLabels: readonly string[]; readonly year: number | null }>;
        readonly unrealized: readonly ElementRef[];
    };
    readonly budgetByOpd: ReadonlyArray<{ readonly opd: string; readonly title: string } & BudgetSums>;
    readonly criticalPath: readonly string[];
    /** (v2 §6) The labels of the critical path's items (`AP.01 · Title`), in the same order. */
    readonly criticalPathLabels: readonly string[];
    /** The index projection of the pemda's framework, when there is an assessment or an indicator target. */
    readonly index: IndexProjection | undefined;
    /** How the index section names the items (kode and title). */
    readonly indexWords: IndexWords;
}

/**
 * (v2 §6) Budget sums per year and overall, with how many amounts in each could not be read. A sum
 * with `unread` > 0 is incomplete: documents show it as such ({@link budgetCell}), never as the
 * readable part's sum, so an unreadable amount never reads as Rp0.
 */
export interface BudgetSums {
    readonly perYear: Readonly<Record<number, number>>;
    readonly unreadPerYear: Readonly<Record<number, number>>;
    readonly total: number;
    readonly unread: number;
}

/** Compares kode rincian in natural order (`AP.2` < `AP.10`), so the No column and the kode agree. */
const kodeCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Row order within a muatan: by kode (natural order); items without kode (no muatan) after, by start
 * year then name. Ties on kode (a duplicate, reported by the check) fall back to year and name.
 */
function byKode(a: RoadmapItemInfo, b: RoadmapItemInfo): number {
    if (a.kode && b.kode) {
        const c = kodeCollator.compare(a.kode, b.kode);
        if (c !== 0) {
            return c;
        }
    } else if (a.kode || b.kode) {
        return a.kode ? -1 : 1;
    }
    return (a.tahun?.start ?? Infinity) - (b.tahun?.start ?? Infinity) || a.name.localeCompare(b.name);
}

/** Builds the roadmap report from the semantic model; every output format renders this. */
export function buildRoadmapReport(model: SpbeModel, options: RoadmapOptions): RoadmapReport {
    const locale = options.locale;
    const items = model.items.filter(item => matches(item, options));
    const years = yearColumns(model, items, options);
    const inYears = (year: number) => years.includes(year);
    const path = new Set(criticalPath(items.filter(i => i.tahun).map(i => ({ name: i.name, start: i.tahun!.start, end: i.tahun!.end, setelah: i.setelah }))));

    const opdTitles = new Map(model.opds.map(o => [o.code, o.title ?? '']));
    const opdTitle = (code: string) => opdTitles.get(code) || code;
    const labels = new Map(model.items.map(i => [i.name, itemLabel(i)]));
    const words: RowWords = { locale, opdTitle, itemLabel: name => labels.get(name) ?? name };

    const order = [...MuatanOrder, ...new Set(items.map(i => i.muatan ?? '').filter(m => !(MuatanOrder as readonly string[]).includes(m)))];
    let no = 0;
    const groups = order.map(muatan => {
        const rows = items
            .filter(i => (i.muatan ?? '') === muatan)
            .sort(byKode)
            .map(item => toRow(item, ++no, path.has(item.name), inYears, words));
        return { muatan, label: muatanLabel(muatan, locale), rows, ...budgetSums(rows, years) };
    }).filter(g => g.rows.length > 0 || (MuatanOrder as readonly string[]).includes(g.muatan));
    const rows = groups.flatMap(g => g.rows);

    const elements = new Map(model.elements.map(e => [e.id, e]));
    const ref = (id: string): ElementRef => {
        const e = elements.get(id);
        const opd = e?.opd ?? id.split('.')[0];
        return { id, title: e?.title ?? '', kind: e?.kind ?? '', opd, opdTitle: opdTitle(opd), kindLabel: elementKindLabel(e?.kind ?? '', locale) };
    };
    const realizers = invert(items, i => i.mewujudkan);
    const retirers = invert(items, i => i.menghentikan);
    const planned = model.elements.filter(e => e.status === 'rencana' && !e.builtin && (!options.opd || e.opd === options.opd));
    const retired = model.elements.filter(e => !e.builtin && (retirers.has(e.id) || (e.status === 'dihentikan' && e.hingga !== undefined))
        && (!options.opd || e.opd === options.opd));
    const byOpd = new Map<string, RoadmapRow[]>();
    for (const row of rows) {
        pushTo(byOpd, row.penanggungJawab, row);
    }

    const notices = documentNotices(model, locale, options.workspaceErrors);
    return {
        locale,
        notices,
        ilustrasi: model.pemda?.ilustrasi === true,
        workspaceErrors: options.workspaceErrors ?? 0,
        budgetUnread: rows.some(r => r.anggaranDropped.length > 0),
        pemda: model.pemda ? { name: model.pemda.name, title: model.pemda.title ?? model.pemda.name } : undefined,
        periode: model.pemda?.periode,
        years,
        filters: { opd: options.opd, muatan: options.muatan, fromYear: options.fromYear, toYear: options.toYear },
        groups,
        rows,
        totals: budgetSums(rows, years),
        coverage: MuatanOrder.map(muatan => ({ muatan, label: muatanLabel(muatan, locale), count: items.filter(i => i.muatan === muatan).length })),
        gap: {
            toBe: planned.filter(e => realizers.has(e.id)).map(e => {
                const realizedBy = realizers.get(e.id)!;
                return { element: ref(e.id), realizedBy, realizedByLabels: realizedBy.map(words.itemLabel), year: e.lifetime.from };
            }),
            retirements: retired.map(e => {
                const retiredBy = retirers.get(e.id) ?? [];
                return { element: ref(e.id), retiredBy, retiredByLabels: retiredBy.map(words.itemLabel), year: e.lifetime.exists ? e.lifetime.to : e.hingga ?? null };
            }),
            unrealized: planned.filter(e => !realizers.has(e.id)).map(e => ref(e.id))
        },
        budgetByOpd: [...byOpd].sort((a, b) => a[0].localeCompare(b[0]))
            .map(([opd, opdRows]) => ({ opd, title: opdTitles.get(opd) ?? '', ...budgetSums(opdRows, years) })),
        criticalPath: [...path],
        criticalPathLabels: [...path].map(words.itemLabel),
        // The roadmap shows its notices itself, once, above everything.
        indexWords: { itemLabel: words.itemLabel, notices: [], ilustrasi: model.pemda?.ilustrasi === true, workspaceErrors: options.workspaceErrors ?? 0 },
        index: model.assessments.length > 0 || model.items.some(i => i.indikator.length > 0) ? projectIndex(model, defaultFramework(model)) : undefined
    };
}

function matches(item: RoadmapItemInfo, options: RoadmapOptions): boolean {
    if (options.opd && item.penanggungJawab !== options.opd && !item.pelaksana.includes(options.opd)) {
        return false;
    }
    if (options.muatan && item.muatan !== options.muatan) {
        return false;
    }
    const from = options.fromYear ?? -Infinity;
    const to = options.toYear ?? Infinity;
    return !item.tahun || (item.tahun.end >= from && item.tahun.start <= to);
}

function yearColumns(model: SpbeModel, items: readonly RoadmapItemInfo[], options: RoadmapOptions): number[] {
    const periode = model.pemda?.periode;
    const spans = items.flatMap(i => i.tahun ? [i.tahun] : []);
    const start = options.fromYear ?? periode?.start ?? minOf(spans.map(s => s.start));
    const end = options.toYear ?? periode?.end ?? maxOf(spans.map(s => s.end));
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start || end - start > 50) {
        return [];
    }
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** What the rows need to say things in words: the locale, OPD titles and item labels. */
interface RowWords {
    readonly locale: Locale;
    readonly opdTitle: (code: string) => string;
    readonly itemLabel: (name: string) => string;
}

/** `Name (satuan): awal 2024 20; 2025 40`: a performance indicator with its unit, baseline and targets. */
export function kinerjaLine(k: RoadmapItemInfo['indikatorKinerja'][number], locale: Locale): string {
    const values = [
        ...(k.awal ? [`${heading('baseline', locale)} ${k.awal.year} ${formatNumber(k.awal.value, locale)}`] : []),
        ...k.targets.map(t => `${t.year} ${formatNumber(t.value, locale)}`)
    ];
    return `${k.name}${k.satuan ? ` (${k.satuan})` : ''}${values.length ? `: ${values.join('; ')}` : ''}`;
}

function toRow(item: RoadmapItemInfo, no: number, critical: boolean, inYears: (year: number) => boolean, words: RowWords): RoadmapRow {
    const locale = words.locale;
    const anggaran: Record<number, number> = {};
    for (const a of item.anggaran) {
        if (inYears(a.year)) {
            anggaran[a.year] = (anggaran[a.year] ?? 0) + a.amount;
        }
    }
    const targets: Record<number, string> = {};
    for (const t of item.targets) {
        if (inYears(t.year)) {
            targets[t.year] = t.text;
        }
    }
    const anggaranDropped = item.anggaranDropped.filter(inYears);
    return {
        no,
        name: item.name,
        title: item.title ?? '',
        muatan: item.muatan ?? '',
        indikator: item.indikator.map(i => `${i.framework}.${i.indicator} → ${i.level}`),
        indikatorTargets: item.indikator,
        targets,
        penanggungJawab: item.penanggungJawab ?? '',
        pelaksana: item.pelaksana,
        kegiatan: item.kegiatan.join(', '),
        kegiatanList: item.kegiatan,
        kode: item.kode ?? '',
        kodeDerived: item.kodeDerived,
        prioritas: item.prioritas ?? '',
        indikatorKinerja: item.indikatorKinerja,
        anggaranDropped,
        anggaran,
        total: sum(Object.values(anggaran)),
        unread: anggaranDropped.length,
        unfunded: isUnfunded(item),
        sumberDana: item.sumberDana ?? '',
        setelah: item.setelah,
        tahunMulai: item.tahun?.start ?? null,
        tahunSelesai: item.tahun?.end ?? null,
        critical,
        label: itemLabel(item),
        indikatorWords: item.indikator.map(i => indicatorTargetLabel(i, locale)),
        penanggungJawabTitle: item.penanggungJawab ? words.opdTitle(item.penanggungJawab) : '',
        pelaksanaTitles: item.pelaksana.map(words.opdTitle),
        prioritasLabel: item.prioritas ? valueLabel('Prioritas', item.prioritas, locale) : '',
        sumberDanaLabel: item.sumberDana ? valueLabel('SumberDana', item.sumberDana, locale) : '',
        kinerjaLines: item.indikatorKinerja.map(k => kinerjaLine(k, locale)),
        setelahLabels: item.setelah.map(words.itemLabel)
    };
}

function budgetSums(rows: readonly RoadmapRow[], years: readonly number[]): BudgetSums {
    const perYear: Record<number, number> = {};
    const unreadPerYear: Record<number, number> = {};
    for (const year of years) {
        perYear[year] = sum(rows.map(r => r.anggaran[year] ?? 0));
        unreadPerYear[year] = rows.filter(r => r.anggaranDropped.includes(year)).length;
    }
    return { perYear, unreadPerYear, total: sum(Object.values(perYear)), unread: sum(Object.values(unreadPerYear)) };
}

/**
 * (v2 §6) What a budget cell shows: the amount via `money`, or — when `unread` amounts in it could not
 * be read — "tidak lengkap: N nilai tak terbaca", never a sum that silently leaves them out.
 */
export function budgetCell<T>(amount: number, unread: number, locale: Locale, money: (amount: number) => T): T | string {
    return unread > 0 ? incompleteTotal(unread, locale) : money(amount);
}

/** {@link budgetCell} of a sum: its `year`'s column, or its total when `year` is undefined. */
export function sumCell<T>(sums: BudgetSums, year: number | undefined, locale: Locale, money: (amount: number) => T): T | string {
    return year === undefined
        ? budgetCell(sums.total, sums.unread, locale, money)
        : budgetCell(sums.perYear[year] ?? 0, sums.unreadPerYear[year] ?? 0, locale, money);
}

function sum(values: readonly number[]): number {
    return values.reduce((a, b) => a + b, 0);
}

function invert(items: readonly RoadmapItemInfo[], targets: (item: RoadmapItemInfo) => readonly string[]): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const item of items) {
        for (const id of targets(item)) {
            pushTo(map, id, item.name);
        }
    }
    return map;
}

