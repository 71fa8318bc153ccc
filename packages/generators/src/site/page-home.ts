import { elementKindLabel, formatLongDate, valueLabel, yearSpan } from 'spbe-model';
import { indexHtmlSection } from '../index-report/index-report.js';
import { escapeHtml as e } from '../output/escape.js';
import { findingsTotal } from './page-findings.js';
import { sitePage } from './site-layout.js';
import { table, td, type SiteContext } from './site-context.js';

const Kinds = ['probis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan', 'integrasi'] as const;

/**
 * Beranda: the pemda and its periode, the index (assessed share included) and its projection, the
 * elements per domain, the OPDs with their findings (sortable by count) and the seven muatan's coverage.
 */
export function homePage(c: SiteContext): string {
    const path = c.paths.home;
    const l = c.locale;
    const pemda = c.model.pemda;
    const facts: Array<[string, string]> = [];
    if (pemda) {
        facts.push([c.w('pemda'), `<bdi>${e(pemda.title || pemda.name)}</bdi>`]);
        if (pemda.periode) {
            facts.push([c.words.property('periode'), e(yearSpan(pemda.periode.start, pemda.periode.end))]);
        }
        if (pemda.jenis) {
            facts.push([c.words.property('jenis'), e(valueLabel('JenisPemda', pemda.jenis, l))]);
        }
        if (pemda.koordinator) {
            facts.push([c.words.property('koordinator'), c.opdLink(path, pemda.koordinator)]);
        }
        if (pemda.ditetapkan) {
            facts.push([c.words.property('ditetapkan'), e([pemda.ditetapkan.dasar, pemda.ditetapkan.tanggal && formatLongDate(pemda.ditetapkan.tanggal, l)].filter(Boolean).join(', '))]);
        }
        if (pemda.evaluasi) {
            facts.push([c.words.property('evaluasi'), e(valueLabel('Framework', pemda.evaluasi, l))]);
        }
    }
    const local = c.model.elements.filter(x => !x.builtin);
    const perKind = Kinds.map(k => `<tr>${td(elementKindLabel(k, l))}${td(local.filter(x => x.kind === k).length, true)}</tr>`);
    const opds = c.model.opds.filter(o => !o.builtin).map(o => {
        const counts = { error: 0, warning: 0, info: 0 };
        const elements = c.elementsByOpd.get(o.code) ?? [];
        c.opdFindings(o.code).forEach(({ f }) => { counts[f.severity]++; });
        return { o, elements: elements.length, counts, total: counts.error + counts.warning + counts.info };
    }).sort((a, b) => b.total - a.total || a.o.code.localeCompare(b.o.code));
    const opdRows = opds.map(r => `<tr><td>${c.opdLink(path, r.o.code)}</td>${td(r.elements, true)}${td(r.counts.error, true)}${td(r.counts.warning, true)}${td(r.counts.info, true)}${td(r.total, true)}</tr>`);
    const coverage = c.report.coverage.map(m => `<tr>${td(m.label)}${td(m.count, true)}</tr>`);
    const national = c.model.opds.find(o => o.builtin);
    const body = [
        `<dl class="facts">${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
        '<section class="index">',
        c.report.index
            ? indexHtmlSection(c.report.index, l, 2, c.report.indexWords).replace(/^<h2>/, '<h2 id="indeks">').replace(/<svg /, '<svg class="chart" ')
            : `<h2 id="indeks">${e(c.w('index'))}</h2><p>${e(c.w('noIndex'))}</p>`,
        '</section>',
        `<section><h2 id="domain">${e(c.w('countsPerDomain'))}</h2>`,
        table(c.w('countsPerDomain'), [c.w('domain'), { text: c.w('count'), numeric: true }], perKind), '</section>',
        `<section><h2 id="opd">${e(c.w('findingsPerOpd'))}</h2><p class="hint">${e(c.w('sortHint'))}</p>`,
        table(c.w('findingsPerOpd'), [c.w('opd'), { text: c.w('elements'), numeric: true }, { text: c.w('errors'), numeric: true }, { text: c.w('warnings'), numeric: true }, { text: c.w('infos'), numeric: true }, { text: c.w('total'), numeric: true }], opdRows, true),
        national ? `<p>${c.opdLink(path, national.code)}</p>` : '',
        `<p>${c.link(path, c.paths.findings, c.w('workspace'))}: ${c.input.findings.workspace.length} · ${e(c.w('findingsTotal'))}: ${findingsTotal(c)}</p>`, '</section>',
        `<section><h2 id="muatan">${e(c.w('muatanCoverage'))}</h2>`,
        table(c.w('muatanCoverage'), [c.words.property('muatan'), { text: c.w('roadmapItems'), numeric: true }], coverage), '</section>'
    ];
    return sitePage(c.frame(path, c.w('home'), 'home'), body.join('\n'));
}
