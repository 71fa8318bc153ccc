import { escapeHtml as e } from '../output/escape.js';
import { findingRow } from './page-opd.js';
import { sitePage } from './site-layout.js';
import { table, type SiteContext } from './site-context.js';

/** How many findings the workspace has in all: in OPDs (their blocks and elements) and outside any. */
export function findingsTotal(c: SiteContext): number {
    return c.model.opds.reduce((sum, o) => sum + c.opdFindings(o.code).length, 0) + c.input.findings.workspace.length;
}

/**
 * Temuan: the findings that belong to no OPD (the pemda, the Peta Rencana, a file's syntax) with their
 * message in words and rule, and the total of the workspace, so that every finding is on some page.
 */
export function findingsPage(c: SiteContext): string {
    const path = c.paths.findings;
    const rows = c.input.findings.workspace.map(f => findingRow(c, e(c.w('workspace')), f, undefined));
    const body = [
        `<p>${e(c.w('findingsTotal'))}: <strong>${findingsTotal(c)}</strong>. ${c.link(path, `${c.paths.home}#opd`, c.w('findingsPerOpd'))}</p>`,
        `<section><h2 id="di-luar-opd">${e(c.w('findingsOutsideOpd'))}</h2><p>${e(c.w('findingsOutsideIntro'))}</p>`,
        rows.length ? table(c.w('findingsOutsideOpd'), [c.w('where'), c.w('severity'), c.w('message'), c.w('howToFix')], rows, true) : `<p>${e(c.w('none'))}</p>`,
        '</section>'
    ];
    return sitePage(c.frame(path, c.w('findings'), 'findings'), body.join('\n'));
}
