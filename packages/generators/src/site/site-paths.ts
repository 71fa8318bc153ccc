import type { SpbeModel } from 'spbe-model';

/**
 * Where each page of the portal lives, relative to the site's root. Identifiers are ASCII letters,
 * digits and `_` (spec §2), so they make safe file names; two identifiers that differ only in case
 * (`Dinkes`, `DINKES`) would be one file on Windows or macOS, so the second gets a numbered name.
 */
export interface SitePaths {
    readonly home: string;
    readonly roadmap: string;
    readonly diagram: string;
    readonly search: string;
    /** Temuan: the findings outside any OPD (pemda, Peta Rencana, syntax), and the totals. */
    readonly findings: string;
    opd(code: string): string;
    /** An element is a section of its OPD's page: `opd/DINKES.html#e-SIMPUS`. */
    element(id: string): string;
    /** Where an item is shown: its row on the Peta Rencana page. */
    item(name: string): string;
}

/** The page of each OPD of `model` (the builtin `nasional` too: its elements are used), and each element's place on it. */
export function sitePaths(model: SpbeModel): SitePaths {
    const taken = new Set<string>();
    const unique = (folder: string, name: string) => {
        let file = `${folder}/${name}.html`;
        for (let n = 2; taken.has(file.toLowerCase()); n++) {
            file = `${folder}/${name}~${n}.html`;
        }
        taken.add(file.toLowerCase());
        return file;
    };
    const opds = new Map(model.opds.map(o => [o.code, unique('opd', o.code)]));
    return {
        home: 'index.html',
        roadmap: 'peta-rencana.html',
        diagram: 'diagram.html',
        search: 'cari.html',
        findings: 'temuan.html',
        opd: code => opds.get(code) ?? unique('opd', code),
        element: id => {
            const dot = id.indexOf('.');
            return `${opds.get(id.slice(0, dot)) ?? unique('opd', id.slice(0, dot))}#${elementAnchor(id.slice(dot + 1))}`;
        },
        item: name => `peta-rencana.html#rencana-${name}`
    };
}

/** The anchor of an element on its OPD's page. */
export function elementAnchor(name: string): string {
    return `e-${name}`;
}

/** The link from the page at `from` to `to` (both relative to the root, `/`-separated). */
export function relativeLink(from: string, to: string): string {
    const depth = from.split('/').length - 1;
    return '../'.repeat(depth) + to;
}
