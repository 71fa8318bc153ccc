import { DefaultReferenceVersion, findReferenceCode, RefPrefixByKind } from 'spbe-model';
import { kindType, matchesIdentifier } from 'spbe-model';
import { enumValueOf, escapeString } from 'spbe-model';
import type { ElementKind, SpbeModel } from 'spbe-model';
import type { Locale } from 'spbe-model';
import type { ImportReason, ProblemArgs } from './import-problems.js';
import { enumChoices, enumValues, FlagChoices, type InventoryColumn } from 'spbe-generators';
import { importDetail } from './import-messages.js';
import { isPlausibleYear, isQuantity } from './value-checks.js';

/** One checked cell's value as `.spbe` source (`"text"`, `terbuka`, `DC, KOMINFO.DT`). */
export interface ImportedProperty {
    readonly property: string;
    readonly source: string;
}

/** References are resolved once every row's name is known: a cell leaves them pending. */
export interface PendingRef {
    readonly column: InventoryColumn;
    readonly columnIndex: number;
    readonly tokens: readonly string[];
}

/** What a row's cells fill in. */
export interface CellTarget {
    readonly kind: ElementKind;
    readonly properties: ImportedProperty[];
    readonly refs: PendingRef[];
}

/** `"text"` with the escapes the `.spbe` string syntax has. */
export function spbeString(text: string): string {
    return `"${escapeString(text)}"`;
}

/** A list cell: comma-, semicolon- or line-separated. */
export function splitList(text: string): string[] {
    return text.split(/[,;\n]/).map(t => t.trim()).filter(Boolean);
}

/** A flag cell: true for Ya/Yes/true/1, false for Tidak/No/false/0 (any case), undefined for anything else. */
function flagValue(text: string): boolean | undefined {
    const word = text.trim().toLowerCase();
    if ([FlagChoices.yes.toLowerCase(), 'yes', 'y', 'true', '1'].includes(word)) {
        return true;
    }
    return [FlagChoices.no.toLowerCase(), 'no', 'n', 'false', '0'].includes(word) ? false : undefined;
}

/** A reference cell's name: `NAME` or `OPD.NAME`, each part an identifier of the language (spbe-model's rule). */
function isReferenceName(token: string): boolean {
    const parts = token.split('.');
    return parts.length <= 2 && parts.every(matchesIdentifier);
}

function validDate(text: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) {
        return false;
    }
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

export type Report = (reason: ImportReason, args?: ProblemArgs, value?: string) => void;

export function checkCell(column: InventoryColumn, text: string, index: number, state: CellTarget, report: Report, model: SpbeModel, knownOpds: ReadonlySet<string>, locale: Locale): void {
    const add = (source: string) => state.properties.push({ property: column.property!, source });
    switch (column.type) {
        case 'opd': case 'name': case 'title': case 'doc':
            return;
        case 'line':
            // `line` fields join `deskripsi` once the whole row is read (import-rows.ts); a year or a
            // quantity is checked here, so that a bad one is this cell's problem like any other.
            if (column.value === 'year' && !isPlausibleYear(text.trim())) {
                report('bad-year', {}, text.trim());
            } else if (column.value === 'quantity' && !isQuantity(text)) {
                report('bad-quantity', {}, text.trim());
            }
            return;
        case 'flag': {
            const yes = flagValue(text);
            if (yes === undefined) {
                report('bad-enum', { allowed: `${FlagChoices.yes}, ${FlagChoices.no}` });
            } else if (yes) {
                add('');
            }
            return;
        }
        case 'text':
            add(spbeString(text));
            return;
        case 'enum': case 'enumList': {
            const allowed = enumValues(column.rule!);
            const values = column.type === 'enum' ? [text] : splitList(text);
            // The label ("Milik Sendiri") or the identifier (`milikSendiri`), in any case or spacing.
            const matched = values.map(v => enumValueOf(column.rule!, allowed, v));
            values.forEach((v, i) => { if (!matched[i]) { report('bad-enum', { allowed: enumChoices(column.rule!).join(', ') }, v); } });
            // `status eksisting` is the default; writing it on every element would only add noise.
            if (matched.every(Boolean) && !(column.property === 'status' && matched[0] === 'eksisting')) {
                add([...new Set(matched as string[])].join(', '));
            }
            return;
        }
        case 'int': {
            if (column.value === 'year' ? !isPlausibleYear(text) : !/^\d{1,4}$/.test(text)) {
                report(column.value === 'year' ? 'bad-year' : 'bad-number');
            } else {
                add(String(Number(text)));
            }
            return;
        }
        case 'date':
            if (validDate(text)) {
                add(text);
            } else {
                report('bad-date');
            }
            return;
        case 'code': {
            const detail = codeProblem(text, state.kind, model, locale);
            if (detail) {
                report('unknown-code', { detail });
            } else {
                add(text);
            }
            return;
        }
        case 'opdRef': case 'opdGrant': {
            const tokens = splitList(text);
            if (column.type === 'opdGrant' && tokens.length === 1 && tokens[0].toLowerCase() === 'semua') {
                add('semua');
                return;
            }
            if (column.type === 'opdRef' && tokens.length !== 1) {
                report('unknown-opd');
                return;
            }
            const unknown = tokens.filter(t => !knownOpds.has(t));
            unknown.forEach(t => report('unknown-opd', {}, t));
            if (unknown.length === 0) {
                add(tokens.join(', '));
            }
            return;
        }
        case 'ref': case 'refList': {
            const tokens = splitList(text);
            const malformed = tokens.filter(t => !isReferenceName(t));
            malformed.forEach(t => report('unresolved-reference', { kind: column.target === 'element' ? 'elemen' : column.target }, t));
            if (column.type === 'ref' && tokens.length > 1) {
                report('unresolved-reference', { kind: column.target }, text);
                return;
            }
            if (malformed.length === 0) {
                state.refs.push({ column, columnIndex: index, tokens });
            }
            return;
        }
    }
}

/** Why a reference code cannot be used on an element of this kind, or undefined when it can. */
function codeProblem(code: string, kind: ElementKind, model: SpbeModel, locale: Locale): string | undefined {
    if (!/^[A-Za-z][A-Za-z0-9_]*(\.[0-9][0-9_]*)+$/.test(code)) {
        return importDetail('codeShape', locale);
    }
    const prefix = RefPrefixByKind[kindType(kind)];
    if (prefix && !code.startsWith(`${prefix}.`)) {
        return importDetail('codeWrongDomain', locale, { prefix, kind });
    }
    const version = model.pemda?.referensi ?? DefaultReferenceVersion;
    const local = model.pemda?.kodeLokal.some(k => k.code === code);
    if (findReferenceCode(version, code) || local) {
        return undefined;
    }
    return importDetail('codeUnknown', locale, { version });
}
