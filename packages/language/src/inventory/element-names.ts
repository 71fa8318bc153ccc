import { AstUtils, GrammarAST } from 'langium';
import { SpbeGrammar } from '../generated/grammar.js';
import type { ElementKind } from '../model/spbe-model.js';
import type { Locale } from '../validation/messages.js';

let keywords: ReadonlySet<string> | undefined;

/** Every keyword of the grammar: an identifier spelled like one would not lex as a name. */
function grammarKeywords(): ReadonlySet<string> {
    keywords ??= new Set(AstUtils.streamAllContents(SpbeGrammar()).filter(GrammarAST.isKeyword).map(k => k.value).toArray());
    return keywords;
}

const maxLength = 40;

/** Why `name` cannot be an element identifier, or undefined when it can. */
export function invalidNameReason(name: string, locale: Locale): string | undefined {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        return locale === 'id' ? 'hanya huruf, angka dan _, tidak diawali angka' : 'only letters, digits and _, not starting with a digit';
    }
    if (grammarKeywords().has(name)) {
        return locale === 'id' ? 'kata kunci bahasa .spbe' : 'a keyword of the .spbe language';
    }
    return undefined;
}

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
    if (!base || /^[0-9]/.test(base) || grammarKeywords().has(base)) {
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
