import { parseCsvSeparator, type CsvSeparator, type DiagramSpec } from 'spbe-generators';
import { Locales, MuatanOrder, type Locale } from 'spbe-model';
import type { SpbeModel } from 'spbe-model';
import { localized } from '../workspace/user-error.js';
import { InvalidParameterError } from './count-check.js';

export { checkCount, InvalidParameterError } from './count-check.js';

/**
 * The formats of a generator (`md,html` on the command line, an array from the server), each one of
 * `known`. One check for the CLI and the server. A format named twice counts once (it would write
 * the same file twice). Throws `InvalidParameterError` naming the bad ones.
 */
export function checkFormats<F extends string>(what: string, known: readonly F[], formats: unknown): F[] {
    const list = typeof formats === 'string' ? formats.split(',').map(f => f.trim()).filter(Boolean)
        : Array.isArray(formats) ? formats : undefined;
    const unknown = list?.filter(f => typeof f !== 'string' || !(known as readonly string[]).includes(f)) ?? [formats];
    if (list?.length === 0) {
        throw new InvalidParameterError(localized(`tidak ada format ${what} yang diminta; pilih dari ${known.join(', ')}`,
            `no ${what} format asked for; choose from ${known.join(', ')}`));
    }
    if (!list || unknown.length > 0) {
        const shown = unknown.map(f => typeof f === 'string' ? f : JSON.stringify(f)).join(', ') || "''";
        throw new InvalidParameterError(localized(`format ${what} tidak dikenal: ${shown}; pilih dari ${known.join(', ')}`,
            `unknown ${what} format ${shown}; choose from ${known.join(', ')}`));
    }
    return [...new Set(list as F[])];
}

export interface RoadmapFilters {
    readonly opd?: unknown;
    readonly muatan?: unknown;
    readonly fromYear?: unknown;
    readonly toYear?: unknown;
}

/**
 * The roadmap filters (`--opd`, `--muatan`, `--from`, `--to`), checked against the model. `opd` is one of the
 * OPDs the workspace declares: the national library (`nasional`, built in) is never responsible for nor
 * carries out a roadmap item, and a document limited to it would be no lampiran of the pemda's regulation.
 */
export function checkRoadmapFilters(filters: RoadmapFilters, model: SpbeModel): { opd?: string; muatan?: string; fromYear?: number; toYear?: number } {
    const { opd, muatan, fromYear, toYear } = filters;
    if (opd !== undefined && (typeof opd !== 'string' || !model.opds.some(o => o.code === opd && !o.builtin))) {
        const codes = model.opds.filter(o => !o.builtin).map(o => o.code);
        // The first ten declared codes: enough to spot a typo, short enough for one line.
        const shown = codes.length === 0 ? undefined : `${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}`;
        const list = localized(shown ? ` (${codes.length} OPD yang dideklarasikan: ${shown})` : '', shown ? ` (${codes.length} declared OPD(s): ${shown})` : '');
        throw new InvalidParameterError(model.opds.some(o => o.code === opd && o.builtin)
            ? localized(`${JSON.stringify(opd)} adalah pustaka nasional bawaan, bukan OPD ruang kerja; pilih kode OPD yang dideklarasikan${list.id}`,
                `${JSON.stringify(opd)} is the built-in national library, not an OPD of the workspace; choose a declared OPD code${list.en}`)
            : localized(`tidak ada OPD ${JSON.stringify(opd)} di ruang kerja; pilih kode OPD yang dideklarasikan${list.id}`,
                `no OPD ${JSON.stringify(opd)} in the workspace; choose a declared OPD code${list.en}`));
    }
    if (muatan !== undefined && (typeof muatan !== 'string' || !(MuatanOrder as readonly string[]).includes(muatan))) {
        throw new InvalidParameterError(localized(`muatan ${JSON.stringify(muatan)} tidak dikenal; pilih dari ${MuatanOrder.join(', ')}`,
            `unknown muatan ${JSON.stringify(muatan)}; choose from ${MuatanOrder.join(', ')}`));
    }
    for (const [name, year] of [['from', fromYear], ['to', toYear]] as const) {
        if (year !== undefined && !isYear(year)) {
            throw new InvalidParameterError(localized(`--${name} harus tahun 4 digit, bukan ${JSON.stringify(year)}`, `--${name} must be a 4-digit year, not ${JSON.stringify(year)}`));
        }
    }
    if (isYear(fromYear) && isYear(toYear) && fromYear > toYear) {
        throw new InvalidParameterError(localized(`--from ${fromYear} setelah --to ${toYear}; tukar keduanya`, `--from ${fromYear} is after --to ${toYear}; swap them`));
    }
    // As the diagram's --year: a year outside the periode has no roadmap items, so it would give an empty document.
    const periode = model.pemda?.periode;
    for (const [name, year] of [['from', fromYear], ['to', toYear]] as const) {
        if (isYear(year) && periode && (year < periode.start || year > periode.end)) {
            throw new InvalidParameterError(localized(`--${name} ${year} di luar periode ${periode.start}..${periode.end}`, `--${name} ${year} is outside the periode ${periode.start}..${periode.end}`));
        }
    }
    return { opd: opd as string | undefined, muatan: muatan as string | undefined, fromYear: fromYear as number | undefined, toYear: toYear as number | undefined };
}

/** `layered|integrasi|gap|opd:<KODE>` and an optional year → a diagram spec, checked against the model. */
export function checkDiagramSpec(view: unknown, year: unknown, expand: unknown, model?: SpbeModel): DiagramSpec {
    const [kind, opd] = typeof view === 'string' ? view.split(':') : [];
    const spec: DiagramSpec | undefined = kind === 'opd' && opd ? { view: 'opd', opd }
        : kind === 'layered' || kind === 'integrasi' || kind === 'gap' ? { view: kind } : undefined;
    if (!spec) {
        throw new InvalidParameterError(localized(`tampilan ${JSON.stringify(view)} tidak dikenal; pilih layered, integrasi, gap atau opd:<KODE>`,
            `unknown view ${JSON.stringify(view)}; choose layered, integrasi, gap or opd:<KODE>`));
    }
    if (year !== undefined && !isYear(year)) {
        throw new InvalidParameterError(localized(`--year harus tahun 4 digit, bukan ${JSON.stringify(year)}`, `--year must be a 4-digit year, not ${JSON.stringify(year)}`));
    }
    if (model && spec.view === 'opd' && !model.opds.some(o => o.code === spec.opd)) {
        throw new InvalidParameterError(localized(`tidak ada OPD '${spec.opd}' di ruang kerja; pilih kode OPD yang dideklarasikan`, `no OPD '${spec.opd}' in the workspace; choose a declared OPD code`));
    }
    const periode = model?.pemda?.periode;
    if (typeof year === 'number' && periode && (year < periode.start || year > periode.end)) {
        throw new InvalidParameterError(localized(`--year ${year} di luar periode ${periode.start}..${periode.end}`, `--year ${year} is outside the periode ${periode.start}..${periode.end}`));
    }
    return { ...spec, year: year as number | undefined, expand: expand === true };
}

function isYear(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999;
}

/**
 * The inventory files of a server request: a non-empty array of paths (a request's JSON may hold
 * anything). Throws `InvalidParameterError` otherwise.
 */
export function checkFileList(files: unknown): string[] {
    if (!Array.isArray(files) || files.length === 0 || files.some(f => typeof f !== 'string' || f === '')) {
        throw new InvalidParameterError(localized(`files harus berupa daftar path berkas inventaris (.xlsx atau .csv), bukan ${JSON.stringify(files) ?? 'undefined'}`,
            `files must be a list of inventory file paths (.xlsx or .csv), not ${JSON.stringify(files) ?? 'undefined'}`));
    }
    return files as string[];
}

/** A request's `locale`: `id` or `en`; absent means `fallback` (the server's or the CLI's language). Throws `InvalidParameterError`. */
export function checkLocale(locale: unknown, fallback: Locale): Locale {
    // JSON clients send `null` for a field they leave unset.
    if (locale === undefined || locale === null) {
        return fallback;
    }
    if (!(Locales as readonly unknown[]).includes(locale)) {
        throw new InvalidParameterError(localized(`bahasa ${JSON.stringify(locale)} tidak dikenal; pilih ${Locales.join(' atau ')}`,
            `unknown language ${JSON.stringify(locale)}; choose ${Locales.join(' or ')}`));
    }
    return locale as Locale;
}

/** A CSV field separator (`;`, `,` or their names); absent means the locale's own. Throws `InvalidParameterError`. */
export function checkCsvSeparator(separator: unknown): CsvSeparator | undefined {
    if (separator === undefined) {
        return undefined;
    }
    const checked = typeof separator === 'string' ? parseCsvSeparator(separator) : undefined;
    if (!checked) {
        throw new InvalidParameterError(localized(`pemisah CSV ${JSON.stringify(separator)} tidak dikenal; pilih ';' (titik koma) atau ',' (koma)`,
            `unknown CSV separator ${JSON.stringify(separator)}; choose ';' (semicolon) or ',' (comma)`));
    }
    return checked;
}

/** An optional list of names (`opds`, `kinds` of a diagram request): absent, or an array of non-empty strings. */
export function checkNameList(name: string, list: unknown): string[] | undefined {
    if (list === undefined) {
        return undefined;
    }
    if (!Array.isArray(list) || list.some(item => typeof item !== 'string' || item === '')) {
        throw new InvalidParameterError(localized(`${name} harus berupa daftar nama, bukan ${JSON.stringify(list)}`, `${name} must be a list of names, not ${JSON.stringify(list)}`));
    }
    return list as string[];
}
