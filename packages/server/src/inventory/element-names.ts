import { isUsableName, type ElementKind } from 'spbe-model';

const maxLength = 40;

const kindPrefix: Record<ElementKind, string> = {
    probis: 'PB', layanan: 'LY', data: 'DT', aplikasi: 'APL', infrastruktur: 'INF', keamanan: 'KAM', integrasi: 'INT'
};

/**
 * An identifier from a title, the same for the same title and taken names: ASCII capitals, digits and
 * `_` (accents dropped), at most 40 characters cut at a word boundary, prefixed by the kind when it
 * would start with a digit or be a keyword, and suffixed `_2`, `_3`… when already taken.
 * `suffixes` (base → the next suffix to try) is shared by the calls of one import.
 */
export function deriveName(title: string, kind: ElementKind, taken: (name: string) => boolean, suffixes?: Map<string, number>): string {
    const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
    let base = '';
    for (const word of words) {
        const next = base ? `${base}_${word}` : word;
        if (next.length > maxLength) {
            break;
        }
        base = next;
    }
    if (!base) {
        base = (words[0] ?? '').slice(0, maxLength);
    }
    if (!isUsableName(base)) {
        base = base ? `${kindPrefix[kind]}_${base}` : kindPrefix[kind];
    }
    if (!taken(base)) {
        return base;
    }
    // Names are only ever added, so a suffix found taken once stays taken: with `suffixes` (one map
    // per import) k rows of one title cost k checks in all, not k² / 2.
    let n = suffixes?.get(base) ?? 2;
    while (taken(`${base}_${n}`)) {
        n++;
    }
    suffixes?.set(base, n + 1);
    return `${base}_${n}`;
}
