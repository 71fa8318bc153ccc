import { allowErrorsNotice, findIndicator, heading, term, valueLabel, type Locale, type RoadmapItemInfo, type SpbeModel } from 'spbe-model';

/**
 * What the documents people read say instead of identifiers (spec §6 v2), shared by the roadmap
 * and the index report: a roadmap item by kode and title, an indicator by number and name, and the
 * lines that must come first (example banner, errors notice).
 */

/** `AP.01 · Title`: the kode (written or derived) and the title, or the name when the item has no title. */
export function itemLabel(item: Pick<RoadmapItemInfo, 'name' | 'title' | 'kode'>): string {
    const title = item.title || item.name;
    return item.kode ? `${item.kode} · ${title}` : title;
}

/** `Indikator 37 · Layanan Kearsipan Dinamis` (the name from the reference data, when known). */
export function indicatorLabel(framework: string, indicator: string, locale: Locale): string {
    const number = indicator.replace(/^I0*(?=\d)/, '');
    const name = findIndicator(framework, indicator)?.name;
    return `${heading('indicator', locale)} ${number}${name ? ` · ${name}` : ''}`;
}

/**
 * `Indeks Pemdi 2025 · Indikator 37 · Layanan Kearsipan Dinamis → tingkat 4`: the framework first, since
 * an item may target indicators of several frameworks and the same number means a different indicator in each.
 */
export function indicatorTargetLabel(target: { framework: string; indicator: string; level: number }, locale: Locale): string {
    return `${valueLabel('Framework', target.framework, locale)} · ${indicatorLabel(target.framework, target.indicator, locale)} → ${heading('level', locale)} ${target.level}`;
}

/**
 * The lines a document shows before anything else: "CONTOH — BUKAN DOKUMEN RESMI" for a workspace
 * marked `ilustrasi`, and the `--allow-errors` notice when `workspaceErrors` > 0 (saying "this site"
 * for the portal's pages, `output` = `site`). Empty otherwise.
 */
export function documentNotices(model: SpbeModel, locale: Locale, workspaceErrors = 0, output: 'document' | 'site' = 'document'): string[] {
    return [
        ...(model.pemda?.ilustrasi ? [term('example', locale)] : []),
        ...(workspaceErrors > 0 ? [allowErrorsNotice(workspaceErrors, locale, output)] : [])
    ];
}

/** How the index report names items and what it shows first; `plainIndexWords` names items as written. */
export interface IndexWords {
    /** The item's label (`AP.01 · Title`) by its name. */
    readonly itemLabel: (name: string) => string;
    readonly notices: readonly string[];
    /** (v2 §6) The machine flags behind `notices`, for JSON: an example workspace, and its error count. */
    readonly ilustrasi: boolean;
    readonly workspaceErrors: number;
}

export const plainIndexWords: IndexWords = { itemLabel: name => name, notices: [], ilustrasi: false, workspaceErrors: 0 };

/** The index report's words for a model. */
export function indexWords(model: SpbeModel, locale: Locale, workspaceErrors = 0): IndexWords {
    const labels = new Map(model.items.map(i => [i.name, itemLabel(i)]));
    return {
        itemLabel: name => labels.get(name) ?? name,
        notices: documentNotices(model, locale, workspaceErrors),
        ilustrasi: model.pemda?.ilustrasi === true,
        workspaceErrors
    };
}
