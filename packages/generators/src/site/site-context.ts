import { documentNotices } from '../output/document-words.js';
import { buildRoadmapReport, type RoadmapReport } from '../roadmap/roadmap-report.js';
import { DiffWords } from '../diff/diff-words.js';
import { pushTo, type ElementFinding, type ElementInfo, type Lifetime, type Locale, type OpdInfo, type PlacedFindings, type RoadmapItemInfo, type SpbeModel } from 'spbe-model';
import { escapeHtml as e } from '../output/escape.js';
import { relativeLink, sitePaths, type SitePaths } from './site-paths.js';
import { crossOpdUses, type CrossOpdUse } from '../output/cross-opd-uses.js';
import { siteWord, type SiteWord } from './site-words.js';
import type { PageFrame } from './site-layout.js';

/** What the site is built from: the plain model and the workspace's findings by place, never the AST. */
export interface SiteInput {
    readonly model: SpbeModel;
    /** Every finding, in the site's language: by element id (`OPD.NAME`), by OPD code, and the workspace's own. */
    readonly findings: PlacedFindings;
    readonly locale: Locale;
    /** Errors in the workspace (the pages then say their content may be incomplete). */
    readonly workspaceErrors: number;
    /** `--base-url` (`/spbe/`, `https://intranet/spbe/`): pages name their canonical address from it. */
    readonly baseUrl?: string;
}

/** Everything the pages share, computed once: lookups, the roadmap report, cross-OPD uses. */
export class SiteContext {
    readonly model: SpbeModel;
    readonly locale: Locale;
    readonly paths: SitePaths;
    readonly report: RoadmapReport;
    readonly uses: readonly CrossOpdUse[];
    readonly notices: readonly string[];
    readonly words: DiffWords;
    readonly elements: ReadonlyMap<string, ElementInfo>;
    readonly opds: ReadonlyMap<string, OpdInfo>;
    readonly items: ReadonlyMap<string, RoadmapItemInfo>;
    /** Elements that refer to each element: id → [referrer, property]. */
    readonly incoming = new Map<string, Array<{ readonly from: ElementInfo; readonly property: string }>>();
    readonly elementsByOpd = new Map<string, ElementInfo[]>();
    readonly realizedBy = new Map<string, RoadmapItemInfo[]>();
    readonly retiredBy = new Map<string, RoadmapItemInfo[]>();

    constructor(readonly input: SiteInput) {
        const { model, locale } = input;
        this.model = model;
        this.locale = locale;
        this.paths = sitePaths(model);
        this.report = buildRoadmapReport(model, { locale, workspaceErrors: input.workspaceErrors });
        this.uses = crossOpdUses(model);
        this.notices = documentNotices(model, locale, input.workspaceErrors, 'site');
        this.elements = new Map(model.elements.map(x => [x.id, x]));
        this.opds = new Map(model.opds.map(o => [o.code, o]));
        this.items = new Map(model.items.map(i => [i.name, i]));
        this.words = new DiffWords({
            elements: Object.fromEntries(model.elements.map(x => [x.id, x.title || x.name])),
            opds: Object.fromEntries(model.opds.map(o => [o.code, o.title || o.code])),
            items: Object.fromEntries(this.report.rows.map(r => [r.name, r.label]))
        }, locale);
        for (const x of model.elements) {
            pushTo(this.elementsByOpd, x.opd, x);
            for (const r of x.relations) {
                if (!r.targetIsOpd) {
                    pushTo(this.incoming, r.target, { from: x, property: r.property });
                }
            }
        }
        for (const item of model.items) {
            item.mewujudkan.forEach(id => pushTo(this.realizedBy, id, item));
            item.menghentikan.forEach(id => pushTo(this.retiredBy, id, item));
        }
    }

    w(key: SiteWord): string {
        return siteWord(key, this.locale);
    }

    /** The findings in element `id`. */
    findings(id: string): readonly ElementFinding[] {
        return this.input.findings.elements.get(id) ?? [];
    }

    /** Every finding an OPD's page lists: those in its block outside any element, then those in its elements. */
    opdFindings(code: string): Array<{ readonly x?: ElementInfo; readonly f: ElementFinding }> {
        const own = (this.input.findings.opds.get(code) ?? []).map(f => ({ f }));
        return [...own, ...(this.elementsByOpd.get(code) ?? []).flatMap(x => this.findings(x.id).map(f => ({ x, f })))];
    }

    opdTitle(code: string): string {
        return this.opds.get(code)?.title || code;
    }

    elementTitle(x: ElementInfo): string {
        return x.title || x.name;
    }

    itemLabel(name: string): string {
        return this.words.item(name);
    }

    /** The frame of a page at `path`. */
    frame(path: string, title: string, section: PageFrame['section'], extra: Partial<Pick<PageFrame, 'scripts' | 'styles'>> = {}): PageFrame {
        return {
            path, title, section, locale: this.locale, paths: this.paths, notices: this.notices, baseUrl: this.input.baseUrl,
            siteTitle: this.model.pemda?.title || this.model.pemda?.name || 'SPBE', ...extra
        };
    }

    /** Escaped `<a>` from page `from` to `to` with escaped `text`, isolated (`<bdi>`): it is often a title. */
    link(from: string, to: string, text: string): string {
        return `<a href="${e(relativeLink(from, to))}"><bdi>${e(text)}</bdi></a>`;
    }

    elementLink(from: string, id: string): string {
        const x = this.elements.get(id);
        return x ? this.link(from, this.paths.element(id), this.elementTitle(x)) : e(id);
    }

    opdLink(from: string, code: string): string {
        return this.opds.has(code) ? this.link(from, this.paths.opd(code), this.opdTitle(code)) : e(code);
    }

    itemLink(from: string, name: string): string {
        return this.items.has(name) ? this.link(from, this.paths.item(name), this.itemLabel(name)) : e(name);
    }

    /** When an element exists, in words (spec §4). */
    lifetimeText(lifetime: Lifetime): string {
        if (!lifetime.exists) {
            return this.w('never');
        }
        if (lifetime.from === null && lifetime.to === null) {
            return this.w('whole');
        }
        if (lifetime.from === null) {
            return `${this.w('to')} ${lifetime.to}`;
        }
        return lifetime.to === null ? `${this.w('from')} ${lifetime.from}` : `${lifetime.from}–${lifetime.to}`;
    }
}

/** A table with a caption, escaped header cells and ready-made row markup; `sortable` lets the page script sort it. */
export function table(caption: string, headers: ReadonlyArray<string | { text: string; numeric: true }>, rows: readonly string[], sortable = false): string {
    const th = headers.map(h => typeof h === 'string' ? `<th scope="col">${e(h)}</th>` : `<th scope="col" class="num" data-type="number">${e(h.text)}</th>`).join('');
    return `<div class="table-wrap" role="region" aria-label="${e(caption)}" tabindex="0"><table${sortable ? ' class="sortable"' : ''}>`
        + `<caption>${e(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

/** A table cell with escaped text. */
export function td(text: string | number, numeric = false): string {
    return numeric ? `<td class="num">${e(String(text))}</td>` : `<td>${e(String(text))}</td>`;
}
