import { GrammarUtils, type AstNode, type ValidationCheck } from 'langium';
import type * as ast from '../generated/ast.js';
import { MaxExactAmount, writtenAmount } from '../analysis/budget-limits.js';
import { ExactSignificantDigits, formatRupiah, groupDigits, groupThousands, readSpbeNumber, shownName, shownText } from 'spbe-model';
import { writtenNumber } from '../parser/number-literals.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { describeTarget } from '../references/reference-targets.js';
import { namespaceOf } from '../references/spbe-symbol-table.js';
import { kindKeyword } from 'spbe-model';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { documentOf, relatedNames, reporter } from './_shared.js';
import { IssueCodes } from 'spbe-model';

/** Properties that may legitimately appear more than once in a block (spec §7). */
const repeatable = new Set(['elements', 'reviu', 'kodeLokal', 'targets', 'anggaran', 'items', 'indikatorKinerja']);

/** A single-valued or list property written twice: reported on the second and later occurrences. */
export const checkDuplicateProperties = (services: SpbeCoreServices): ValidationCheck => (node, accept) => {
    const report = reporter(services, accept);
    for (const [property, value] of Object.entries(node)) {
        if (property.startsWith('$') || repeatable.has(property) || !Array.isArray(value)) {
            continue;
        }
        for (let index = 1; index < value.length; index++) {
            report(IssueCodes.DuplicateProperty, { property }, { node, property, index });
        }
    }
};

/** `target YEAR` and `anggaran YEAR` are repeatable, but once per year. */
export const checkDuplicateYearEntries = (services: SpbeCoreServices): ValidationCheck<ast.Rencana> => (item, accept) => {
    const report = reporter(services, accept);
    for (const [property, entries] of [['target', item.targets], ['anggaran', item.anggaran]] as const) {
        const seen = new Set<number>();
        for (const entry of entries) {
            if (entry.year === undefined) {
                continue;
            }
            if (seen.has(entry.year)) {
                report(IssueCodes.DuplicateProperty, { property: `${property} ${entry.year}` }, { node: entry });
            }
            seen.add(entry.year);
        }
    }
};

const required: Record<string, readonly string[]> = {
    Pemda: ['periode'],
    Data: ['sifat'],
    Infrastruktur: ['jenis'],
    Keamanan: ['jenis'],
    Integrasi: ['dari', 'ke'],
    Rencana: ['muatan', 'penanggungJawab', 'tahun']
};

export const checkMissingProperties = (services: SpbeCoreServices): ValidationCheck<AstNode & { name: string }> => (node, accept) => {
    const report = reporter(services, accept);
    for (const property of required[node.$type] ?? []) {
        const value = (node as unknown as Record<string, unknown[]>)[property];
        // `muatan XXXX`: the property is written but its value is unreadable; the syntax error says so, once.
        // The CST is searched only for a missing value (a search per element was a share of validation).
        if ((!value || value.length === 0) && GrammarUtils.findNodeForKeyword(node.$cstNode, property) === undefined) {
            report(IssueCodes.MissingProperty, { kind: kindKeyword(node.$type), name: node.name, property },
                { node, property: 'name', data: { property } });
        }
    }
};

export const checkOpdPic = (services: SpbeCoreServices): ValidationCheck<ast.Opd> => (opd, accept) => {
    if (opd.pic.length === 0) {
        reporter(services, accept)(IssueCodes.OpdMissingPic, { name: opd.name }, { node: opd, property: 'name' });
    }
};

export const checkPemdaCount = (services: SpbeCoreServices): ValidationCheck<ast.Pemda> => (pemda, accept) => {
    const pemdas = services.spbe.WorkspaceFacts.get().pemdas;
    if (pemdas.length > 1) {
        const others = pemdas.filter(p => p !== pemda);
        reporter(services, accept)(IssueCodes.MultiplePemda, {}, {
            node: pemda, property: 'name', relatedInformation: relatedNames(others, 'pemda')
        });
    }
};

export const checkMissingPemda = (services: SpbeCoreServices): ValidationCheck<ast.Opd> => (opd, accept) => {
    const facts = services.spbe.WorkspaceFacts.get();
    if (facts.pemdas.length === 0 && facts.opds[0] === opd) {
        reporter(services, accept)(IssueCodes.MissingPemda, {}, { node: opd, property: 'name' });
    }
};

/** Two OPDs with one code, two elements of one OPD with one name, two roadmap items with one name. */
/** How many other declarations a duplicate's related information points at. */
const RelatedShown = 5;

export const checkDuplicateNames = (services: SpbeCoreServices): ValidationCheck<AstNode & { name: string }> => (node, accept) => {
    if (!node.name) {
        return;
    }
    const namespace = namespaceOf(node.$type);
    const key = namespace === 'element' ? `${(node.$container as ast.Opd).name}.${node.name}` : node.name;
    const same = services.spbe.SymbolTable.lookup(namespace, key);
    if (same.length < 2) {
        return;
    }
    const uri = documentOf(node).uri.toString();
    const path = services.workspace.AstNodeLocator.getAstNodePath(node);
    // The first few others are enough to navigate; listing all of n duplicates on each of them is n².
    const others: Array<typeof same[number]> = [];
    for (let i = 0; i < same.length && others.length < RelatedShown; i++) {
        if (same[i].documentUri.toString() !== uri || same[i].path !== path) {
            others.push(same[i]);
        }
    }
    const kind = describeTarget({ namespace });
    reporter(services, accept)(IssueCodes.DuplicateName, { kind, name: key }, {
        node, property: 'name',
        relatedInformation: others.flatMap(d => d.nameSegment ? [{
            location: { uri: d.documentUri.toString(), range: d.nameSegment.range },
            message: isBuiltinDocument({ uri: d.documentUri }) ? `${kind} ${shownName(key)} (pustaka nasional)` : `${kind} ${shownName(key)}`
        }] : [])
    });
};

// ---- invalid-value (spec §5.1, §7)

type ValueReport = (node: AstNode, property: string, index: number | undefined, reasonId: string, reasonEn: string) => void;

function valueReporter(services: SpbeCoreServices, accept: Parameters<ValidationCheck>[1]): ValueReport {
    const report = reporter(services, accept);
    return (node, property, index, reasonId, reasonEn) =>
        report(IssueCodes.InvalidValue, { reasonId, reasonEn }, { node, property, index });
}

function sourceText(node: AstNode, property: string, index?: number): string | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text;
}

function checkYearText(node: AstNode, property: string, index: number | undefined, invalid: ValueReport): boolean {
    const text = sourceText(node, property, index);
    if (text !== undefined && readSpbeNumber(text) === undefined) {
        // An unreadable number already has its `syntax` diagnostic (the validator's file problems).
        return false;
    }
    if (text !== undefined && !/^[0-9]{4}$/.test(text)) {
        const shown = shownText(text);
        const read = readSpbeNumber(text);
        // `2.026` is a year written with a thousands separator: say how to write it, not that it lacks digits.
        if (/[._]/.test(text) && read !== undefined && read.decimalDigits === undefined && /^[1-9][0-9]{3}$/.test(read.integerDigits)) {
            const dot = text.includes('.');
            invalid(node, property, index, `tahun ditulis tanpa ${dot ? 'titik' : '_'}: ${read.integerDigits}`, `write the year without ${dot ? 'a dot' : '_'}: ${read.integerDigits}`);
        } else {
            invalid(node, property, index, `tahun '${shown}' harus 4 digit`, `year '${shown}' must have 4 digits`);
        }
        return false;
    }
    return true;
}

export const checkYearRange = (services: SpbeCoreServices): ValidationCheck<ast.YearRange> => (range, accept) => {
    const invalid = valueReporter(services, accept);
    const startOk = checkYearText(range, 'start', undefined, invalid);
    const endOk = range.end === undefined || checkYearText(range, 'end', undefined, invalid);
    if (startOk && endOk && range.end !== undefined && range.start > range.end) {
        invalid(range, 'end', undefined, `awal rentang ${range.start} setelah akhirnya ${range.end}`,
            `range start ${range.start} is after its end ${range.end}`);
    }
};

export const checkYearValue = (services: SpbeCoreServices): ValidationCheck<ast.Target | ast.Anggaran | ast.Penilaian | ast.KinerjaAwal | ast.KinerjaTarget> => (node, accept) => {
    checkYearText(node, 'year', undefined, valueReporter(services, accept));
};

/**
 * Money is a whole number of rupiah (spec v2 §2): a decimal part is `invalid-value`, and so is an
 * amount above Rp9.007.199.254.740.991, which the outputs could not carry exactly.
 */
export const checkAmount = (services: SpbeCoreServices): ValidationCheck<ast.Anggaran> => (anggaran, accept) => {
    const written = writtenAmount(anggaran);
    const amount = written?.amount;
    if (written?.decimal) {
        const text = sourceText(anggaran, 'amount') ?? '';
        // `1,000`: three digits after the comma are most likely thousands written the English way.
        const meant = /,[0-9]{3}$/.test(text) ? groupThousands(text.replace(/[^0-9]/g, '').replace(/^0+(?=[0-9])/, ''), '.') : undefined;
        valueReporter(services, accept)(anggaran, 'amount', undefined,
            `anggaran '${shownText(text)}' memuat desimal; anggaran ditulis dalam rupiah bulat (mis. 1.500.000)${meant ? `; maksudnya ${meant}?` : ''}`,
            `amount '${shownText(text)}' has a decimal part; amounts are whole rupiah (e.g. 1.500.000)${meant ? `; did you mean ${meant}?` : ''}`);
    } else if (amount !== undefined && amount > MaxExactAmount) {
        valueReporter(services, accept)(anggaran, 'amount', undefined,
            `anggaran ${shownText(formatRupiah(amount, 'id'))} melebihi ${formatRupiah(MaxExactAmount, 'id')}, jumlah terbesar yang dibawa tepat oleh setiap keluaran; tulis anggaran yang lebih kecil atau bagi per tahun`,
            `amount ${shownText(formatRupiah(amount, 'en'))} exceeds ${formatRupiah(MaxExactAmount, 'en')}, the largest amount every output carries exactly; write a smaller amount or split it across years`);
    }
};

/**
 * A measured value (`indikatorKinerja` `awal`/`target`) is read as a double; one the double cannot
 * hold as written is `invalid-value` and left out of the model, never shown rounded: a whole number
 * above 2^53 − 1 (`99999999999999999999999999999` would read as 1e+29) or a decimal of more than
 * 15 significant digits (`12,123456789012345678` would lose its last digits).
 */
export const checkMeasuredValue = (services: SpbeCoreServices): ValidationCheck<ast.KinerjaAwal | ast.KinerjaTarget> => (node, accept) => {
    const written = writtenNumber(node, 'value');
    if (!written || written.exact) {
        return;
    }
    const shown = shownText(sourceText(node, 'value') ?? '');
    const [id, en] = written.decimalDigits === undefined
        ? [`nilai '${shown}' terlalu besar untuk dibaca tepat (bilangan bulat terbesar ${groupDigits(Number.MAX_SAFE_INTEGER, 'id')}); tulis nilai yang lebih kecil atau pakai satuan yang lebih besar`,
            `value '${shown}' is too large to be read exactly (the largest whole number is ${groupDigits(Number.MAX_SAFE_INTEGER, 'en')}); write a smaller value or use a larger unit`]
        : [`nilai '${shown}' terlalu presisi untuk dibaca tepat (paling banyak ${ExactSignificantDigits} angka bermakna); bulatkan`,
            `value '${shown}' is too precise to be read exactly (at most ${ExactSignificantDigits} significant digits); round it`];
    valueReporter(services, accept)(node, 'value', undefined, id, en);
};

export const checkHingga = (services: SpbeCoreServices): ValidationCheck<ast.Element> => (element, accept) => {
    const invalid = valueReporter(services, accept);
    element.hingga.forEach((_, i) => checkYearText(element, 'hingga', i, invalid));
};

export const checkTier = (services: SpbeCoreServices): ValidationCheck<ast.Infrastruktur> => (infra, accept) => {
    const invalid = valueReporter(services, accept);
    infra.tier.forEach((tier, i) => {
        if (tier !== undefined && (!Number.isInteger(tier) || tier < 1 || tier > 4)) {
            const text = sourceText(infra, 'tier', i) ?? `${tier}`;
            const [id, en] = rangeReason('tier', text, tier, 4);
            invalid(infra, 'tier', i, id, en);
        }
    });
};

/** Real calendar dates, leap years included. */
export function isRealDate(text: string): boolean {
    const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (!match) {
        return false;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const checkDates = (services: SpbeCoreServices): ValidationCheck<ast.Pemda | ast.Penetapan | ast.Keamanan> => (node, accept) => {
    const invalid = valueReporter(services, accept);
    const property = node.$type === 'Pemda' ? 'reviu' : node.$type === 'Penetapan' ? 'tanggal' : 'tanggal';
    const raw = (node as unknown as Record<string, string | string[] | undefined>)[property];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    values.forEach((value, i) => {
        if (!isRealDate(value)) {
            invalid(node, property, Array.isArray(raw) ? i : undefined, `tanggal '${shownText(value)}' bukan tanggal YYYY-MM-DD yang nyata`,
                `'${shownText(value)}' is not a real YYYY-MM-DD date`);
        }
    });
};

export const checkLevel = (services: SpbeCoreServices): ValidationCheck<ast.Score | ast.IndicatorTarget> => (node, accept) => {
    if (node.level !== undefined && (!Number.isInteger(node.level) || node.level < 1 || node.level > 5)) {
        const text = sourceText(node, 'level') ?? `${node.level}`;
        const [id, en] = rangeReason('level', text, node.level, 5);
        valueReporter(services, accept)(node, 'level', undefined, id, en);
    }
};

/** Why a tier or level is refused: a decimal (`2,5`) is not "outside 1..4", it is not a whole number. */
function rangeReason(what: string, written: string, value: number, max: number): [id: string, en: string] {
    const text = shownText(written);
    return Number.isInteger(value)
        ? [`${what} ${text} di luar 1..${max}`, `${what} ${text} is outside 1..${max}`]
        : [`${what} ${text} harus bilangan bulat 1..${max}`, `${what} ${text} must be a whole number 1..${max}`];
}
