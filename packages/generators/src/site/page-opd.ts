import { elementKindLabel, formatLongDate, identifiersInWords, IssueCatalog, severityLabel, valueLabel, yearSpan, type ElementFinding, type ElementInfo, type OpdInfo } from 'spbe-model';
import { escapeHtml as e } from '../output/escape.js';
import { diagramDataPath, diagramMarkup } from './site-diagrams.js';
import { sitePage } from './site-layout.js';
import { messageInWords } from './site-messages.js';
import { elementAnchor } from './site-paths.js';
import { table, td, type SiteContext } from './site-context.js';
import type { CrossOpdUse, SharingStatus } from '../output/cross-opd-uses.js';

/** Attributes whose value is a calendar date `YYYY-MM-DD`. */
const DateAttributes = new Set(['tanggal']);
const Kinds = ['probis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan', 'integrasi'] as const;
/** The issue catalog's one-line rule in each language. */
const SummaryField = { id: 'summaryId', en: 'summary' } as const;

/** The sharing status in words, with a class that also marks it by more than colour (an icon in the style). */
function sharingCell(c: SiteContext, status: SharingStatus): string {
    const word = { national: c.w('national'), open: c.w('sharedOpen'), shared: c.w('shared'), notShared: c.w('notShared'), unlisted: c.w('unlisted') }[status];
    return `<td><span class="sharing sharing-${status}">${e(word)}</span></td>`;
}

function usesTable(c: SiteContext, path: string, caption: string, uses: readonly CrossOpdUse[], otherSide: 'user' | 'owner'): string {
    if (uses.length === 0) {
        return `<p>${e(c.w('none'))}</p>`;
    }
    const rows = uses.map(u => `<tr><td>${c.elementLink(path, u.target.id)}<br><span class="muted">${e(elementKindLabel(u.target.kind, c.locale))}</span></td>`
        + (otherSide === 'user'
            ? `<td>${c.opdLink(path, u.user.opd)}</td><td>${c.elementLink(path, u.user.id)}</td>`
            : `<td>${c.opdLink(path, u.target.opd)}</td><td>${c.elementLink(path, u.user.id)}</td>`)
        + `${sharingCell(c, u.sharing)}</tr>`);
    const headers = otherSide === 'user' ? [c.w('usedThing'), c.w('user'), c.w('via'), c.w('sharing')] : [c.w('usedThing'), c.w('owner'), c.w('via'), c.w('sharing')];
    return table(caption, headers, rows, true);
}

/**
 * A finding as a table row (class `finding`): where it lies (markup), its severity, its message in
 * words and the rule it breaks. `opd`: the OPD it lies in, if any (for bare element names in the message).
 */
export function findingRow(c: SiteContext, where: string, f: ElementFinding, opd: string | undefined): string {
    const l = c.locale;
    const rule = IssueCatalog[f.code as keyof typeof IssueCatalog]?.[SummaryField[l]] ?? '';
    return `<tr class="finding"><td>${where}</td><td><span class="severity severity-${f.severity}">${e(severityLabel(f.severity, l))}</span></td><td>${messageInWords(c, f.message, opd)}</td>`
        + `<td><code>${e(f.code)}</code> ${e(identifiersInWords(rule, l))}</td></tr>`;
}

/** An element's properties in words: attributes by their labels, references as links, both directions. */
function elementSection(c: SiteContext, path: string, x: ElementInfo): string {
    const l = c.locale;
    // The kind is in the section's heading; a row for it would be a second "Jenis" beside the `jenis` property.
    const rows: Array<[string, string]> = [
        [c.w('status'), e(valueLabel('Status', x.status, l)) + (x.hingga ? ` (${e(c.words.property('hingga'))} ${x.hingga})` : '')],
        [c.w('lifetime'), e(c.lifetimeText(x.lifetime))]
    ];
    if (x.ref) {
        rows.push([c.words.property('ref'), `<code>${e(x.ref)}</code>`]);
    }
    const description = x.deskripsi ?? x.doc;
    if (description) {
        rows.push([c.w('description'), e(description)]);
    }
    if (x.kind === 'data' && x.pribadi) {
        rows.push([c.words.property('pribadi'), e(c.w('yes'))]);
    }
    for (const [key, value] of Object.entries(x.attributes)) {
        const text = Array.isArray(value) ? value.join(', ') : String(value);
        // Dates as Beranda writes them (`20 Agustus 2024`); the ArchiMate export keeps ISO, so not in DiffWords.
        rows.push([c.words.property(key), e(DateAttributes.has(key) ? formatLongDate(text, l) : c.words.value(x.kind, key, text))]);
    }
    const byProperty = new Map<string, string[]>();
    for (const r of x.relations) {
        const list = byProperty.get(r.property) ?? [];
        list.push(r.targetIsOpd ? c.opdLink(path, r.target) : c.elementLink(path, r.target));
        byProperty.set(r.property, list);
    }
    if (x.sharedWithAll) {
        const key = x.kind === 'data' ? 'bagiPakai' : 'pengguna';
        byProperty.set(key, [...byProperty.get(key) ?? [], e(c.w('allOpds'))]);
    }
    for (const [property, links] of byProperty) {
        rows.push([c.words.property(property), links.join(', ')]);
    }
    const incoming = c.incoming.get(x.id) ?? [];
    if (incoming.length) {
        rows.push([c.w('referencesIn'), incoming.map(i => `${c.elementLink(path, i.from.id)} <span class="muted">(${e(c.words.property(i.property))})</span>`).join(', ')]);
    }
    const realized = c.realizedBy.get(x.id) ?? [];
    const retired = c.retiredBy.get(x.id) ?? [];
    if (realized.length) {
        rows.push([c.w('realizedBy'), realized.map(i => c.itemLink(path, i.name)).join(', ')]);
    }
    if (retired.length) {
        rows.push([c.w('retiredBy'), retired.map(i => c.itemLink(path, i.name)).join(', ')]);
    }
    const findings = c.findings(x.id);
    const findingList = findings.length
        ? `<ul class="findings">${findings.map(f => `<li class="finding-${f.severity}">${e(severityLabel(f.severity, l))}: ${messageInWords(c, f.message, x.opd)} <code>${e(f.code)}</code></li>`).join('')}</ul>`
        : '';
    return `<section class="element" id="${e(elementAnchor(x.name))}" aria-labelledby="${e(elementAnchor(x.name))}-h">
<h3 id="${e(elementAnchor(x.name))}-h"><bdi>${e(c.elementTitle(x))}</bdi> <span class="muted">${e(elementKindLabel(x.kind, l))}</span></h3>
<dl class="props">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>${findingList}
</section>`;
}

/**
 * One OPD's page: its facts; who uses its data and applications and whose it uses, with the
 * sharing status of each use; its findings with their message and rule; its roadmap items; its
 * diagram (pan/zoom, click → element); its elements by domain, then each element as a section.
 */
export function opdPage(c: SiteContext, o: OpdInfo): string {
    const path = c.paths.opd(o.code);
    const l = c.locale;
    const elements = c.elementsByOpd.get(o.code) ?? [];
    const facts: Array<[string, string]> = [[c.words.property('kode'), `<code>${e(o.code)}</code>`]];
    if (o.pic) {
        facts.push([c.words.property('pic'), e(o.pic)]);
    }
    if (o.email) {
        facts.push([c.words.property('email'), e(o.email)]);
    }
    if (o.peran.length) {
        facts.push([c.words.property('peran'), e(o.peran.map(p => valueLabel('Peran', p, l)).join(', '))]);
    }
    const usedBy = c.uses.filter(u => u.target.opd === o.code);
    const uses = c.uses.filter(u => u.user.opd === o.code);
    const findingRows = c.opdFindings(o.code).map(({ x, f }) => findingRow(c, x ? c.elementLink(path, x.id) : e(c.opdTitle(o.code)), f, o.code));
    const items = c.report.rows.filter(r => c.items.get(r.name)?.penanggungJawab === o.code || c.items.get(r.name)?.pelaksana.includes(o.code));
    const itemRows = items.map(r => `<tr><td>${c.itemLink(path, r.name)}</td>${td(c.items.get(r.name)?.penanggungJawab === o.code ? c.w('responsible') : c.w('executor'))}`
        + `${td(r.muatan ? c.words.value('rencana', 'muatan', r.muatan) : '')}${td(yearSpan(r.tahunMulai, r.tahunSelesai))}</tr>`);
    const byKind = Kinds.filter(k => elements.some(x => x.kind === k)).map(k => {
        const rows = elements.filter(x => x.kind === k).map(x => `<tr><td>${c.elementLink(path, x.id)}</td>${td(valueLabel('Status', x.status, l))}${td(c.lifetimeText(x.lifetime))}${td(c.findings(x.id).length, true)}</tr>`);
        return `<h3>${e(elementKindLabel(k, l))}</h3>` + table(`${elementKindLabel(k, l)} — ${c.opdTitle(o.code)}`, [c.w('element'), c.w('status'), c.w('lifetime'), { text: c.w('findings'), numeric: true }], rows, true);
    });
    const toc: Array<[string, string]> = [['dipakai-oleh', c.w('usedBy')], ['memakai', c.w('uses')], ['temuan', c.w('findings')], ['rencana', c.w('roadmapItems')],
        ...(o.builtin ? [] : [['diagram', c.w('opdDiagram')] as [string, string]]), ['elemen', c.w('elements')]];
    const body = [
        `<dl class="facts">${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
        `<nav class="toc" aria-label="${e(c.opdTitle(o.code))}"><ul>${toc.map(([id, text]) => `<li><a href="#${id}">${e(text)}</a></li>`).join('')}</ul></nav>`,
        `<section><h2 id="dipakai-oleh">${e(c.w('usedBy'))}</h2><p>${e(c.w('usedByIntro'))}</p>`,
        usesTable(c, path, c.w('usedBy'), usedBy, 'user'), '</section>',
        `<section><h2 id="memakai">${e(c.w('uses'))}</h2><p>${e(c.w('usesIntro'))}</p>`,
        usesTable(c, path, c.w('uses'), uses, 'owner'), '</section>',
        `<section><h2 id="temuan">${e(c.w('findings'))}</h2>`,
        findingRows.length ? table(c.w('findings'), [c.w('where'), c.w('severity'), c.w('message'), c.w('howToFix')], findingRows, true) : `<p>${e(c.w('none'))}</p>`, '</section>',
        `<section><h2 id="rencana">${e(c.w('roadmapItems'))}</h2>`,
        itemRows.length ? table(c.w('roadmapItems'), [c.w('item'), c.w('role'), c.words.property('muatan'), c.w('years')], itemRows) : `<p>${e(c.w('none'))}</p>`, '</section>',
        o.builtin ? '' : `<section><h2 id="diagram">${e(c.w('opdDiagram'))}</h2>${diagramMarkup(c, `${c.w('opdDiagram')}: ${c.opdTitle(o.code)}`, false)}</section>`,
        `<section><h2 id="elemen">${e(c.w('elements'))}</h2>`, ...byKind, elements.length ? '' : `<p>${e(c.w('none'))}</p>`,
        ...elements.map(x => elementSection(c, path, x)), '</section>'
    ];
    const frame = c.frame(path, c.opdTitle(o.code), 'opd', o.builtin ? {} : { scripts: [diagramDataPath(o.code), 'assets/diagram-app.js'], styles: ['assets/preview.css'] });
    return sitePage(frame, body.join('\n'));
}
