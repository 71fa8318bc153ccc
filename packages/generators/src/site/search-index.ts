import MiniSearch from 'minisearch';
import { elementKindLabel } from 'spbe-model';
import { SearchOptions, type SearchDocument } from './search-options.js';
import type { SiteContext } from './site-context.js';

/**
 * The search index of the portal, built once when the site is built: every element (title, name,
 * kind, OPD, description), every OPD and every roadmap item, each with its link. Returned as the
 * script `window.SpbeSearchIndex = {…}` that the search page loads (pages opened from `file://`
 * cannot fetch a JSON file).
 */
export function searchIndexScript(c: SiteContext): string {
    const l = c.locale;
    const docs: SearchDocument[] = [
        ...c.model.opds.map(o => ({ id: c.paths.opd(o.code), title: c.opdTitle(o.code), kind: 'OPD', text: [o.code, o.pic ?? ''].join(' ') })),
        ...c.model.elements.map(x => ({
            id: c.paths.element(x.id), title: c.elementTitle(x), kind: `${elementKindLabel(x.kind, l)} · ${c.opdTitle(x.opd)}`,
            text: [x.name, x.id, x.deskripsi ?? x.doc ?? '', x.ref ?? ''].join(' ')
        })),
        ...c.report.rows.map(r => ({ id: c.paths.item(r.name), title: r.label, kind: `${c.w('item')} · ${r.muatan ? c.words.value('rencana', 'muatan', r.muatan) : ''}`, text: [r.name, r.kode, ...r.kegiatanList].join(' ') }))
    ];
    const index = new MiniSearch<SearchDocument>(SearchOptions);
    index.addAll(docs);
    return `window.SpbeSearchIndex = ${JSON.stringify(index)};\n`;
}
