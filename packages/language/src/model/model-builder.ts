import { AstUtils, GrammarUtils, parseJSDoc, type AstNode, type CommentProvider } from 'langium';
import * as ast from '../generated/ast.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { auditBudgets, exactAmount } from '../analysis/budget-limits.js';
import { itemKodesIn } from '../analysis/item-kodes.js';
import { yearWrittenWell } from '../analysis/written-year.js';
import { partlyRecovered } from '../parser/partly-recovered.js';
import { forEachReferenceBelow } from '../workspace/ast-walk.js';
import { writtenNumber } from '../parser/number-literals.js';
import { itemYears, type WorkspaceFacts } from '../analysis/workspace-facts.js';
import { referencedNode } from '../analysis/element-uses.js';
import { canonicalNasionalName, DefaultReferenceVersion, isNasionalAlias, jenisFromTitle, tempatFromTitle } from 'spbe-model';
import { kindKeyword } from 'spbe-model';
import { qualifiedName } from '../references/spbe-naming.js';
import { isRealDate } from '../validation/structure-checks.js';
import { isIndicatorLevel, usableScores } from '../analysis/assessed-levels.js';
import type { YearSpan } from 'spbe-model';
import type {
    ElementInfo, ElementKind, IndikatorKinerjaInfo, Lifetime, MeasuredValue, OpdInfo, PemdaInfo, Relation, RoadmapItemInfo, SourceRef, SpbeModel
} from 'spbe-model';

/** Properties kept as attributes: scalars and enumeration lists, everything that is not a reference. */
const attributeNames = ['kategori', 'jenis', 'metode', 'sifat', 'pemutakhiran', 'fungsi', 'lisensi', 'basisData', 'url',
    'lokasi', 'tier', 'kepemilikan', 'tanggal', 'hasil', 'tindakLanjut'] as const;
const listAttributeNames = ['pengguna', 'basis'] as const;

/**
 * Builds the semantic model from the linked workspace (its facts plus the library). Unresolved
 * references are left out; declarations the parser could not name are skipped.
 */
export function buildModel(facts: WorkspaceFacts, library: readonly ast.Opd[], comments: CommentProvider): SpbeModel {
    const doc = (node: AstNode) => {
        const comment = comments.getComment(node);
        return comment ? parseJSDoc(comment).toMarkdown().trim() || undefined : undefined;
    };
    const pemda = facts.pemda;
    const opds = [...library, ...facts.opds].filter(o => o.name);
    const budgets = facts.memo('budget-audit', () => auditBudgets(facts.items));
    // Unreadable amounts (undefined), decimals and amounts past the exact range are left out, never rounded.
    // A year the check refuses (`2.026`) drops its amount the same way: no total may count it.
    const exact = (a: ast.Anggaran) => Number.isSafeInteger(a.amount) && exactAmount(a) !== undefined
        && !budgets.tooLarge.has(a) && !budgets.overflowing.has(a) && !partlyRecovered(a, 'amount') && yearWrittenWell(a, 'year');
    const kodes = itemKodesIn(facts);
    return {
        pemda: pemda && pemda.name ? pemdaInfo(pemda, facts) : undefined,
        opds: opds.map((opd): OpdInfo => ({
            code: opd.name,
            title: opd.title,
            pic: opd.pic[0],
            email: opd.email[0],
            peran: opd.peran.flatMap(p => p.values),
            builtin: isBuiltin(opd),
            source: sourceOf(opd)
        })),
        // A library alias kept for v1 workspaces (`nasional.OSS_RBA`) is no application of its own: it is left
        // out here, and references to it point at its entry (`elementId`), so no output lists or counts it twice.
        elements: opds.flatMap(opd => opd.elements.filter(e => e.name && !(isBuiltin(e) && isNasionalAlias(e.name)))
            .map(e => elementInfo(e, facts, doc))),
        items: facts.items.filter(i => i.name).map((item): RoadmapItemInfo => ({
            name: item.name,
            kode: kodes.get(item)?.kode,
            kodeDerived: kodes.get(item)?.derived ?? false,
            prioritas: item.prioritas[0],
            title: item.title,
            doc: doc(item),
            deskripsi: item.deskripsi[0],
            muatan: item.muatan[0],
            penanggungJawab: resolvedName(item.penanggungJawab[0]),
            pelaksana: item.pelaksana.flatMap(l => l.opds).flatMap(r => r.ref ? [r.ref.name] : []),
            tahun: itemYears(item),
            targets: item.targets.filter(t => t.year !== undefined && t.text !== undefined).map(t => ({ year: t.year, text: t.text })),
            anggaran: item.anggaran.filter(a => a.year !== undefined && exact(a)).map(a => ({ year: a.year, amount: a.amount })),
            anggaranDropped: item.anggaran.filter(a => isYear(a.year) && !exact(a)).map(a => a.year),
            sumberDana: item.sumberDana[0],
            kegiatan: item.kegiatan.flatMap(l => l.values).filter(v => v !== undefined),
            indikatorKinerja: item.indikatorKinerja.filter(k => k.title !== undefined).map(indikatorKinerjaInfo),
            mewujudkan: item.mewujudkan.flatMap(l => l.refs).flatMap(r => r.ref ? [elementId(r.ref)] : []),
            menghentikan: item.menghentikan.flatMap(l => l.refs).flatMap(r => r.ref ? [elementId(r.ref)] : []),
            setelah: item.setelah.flatMap(l => l.refs).flatMap(r => r.ref ? [r.ref.name] : []),
            indikator: item.indikator.flatMap(l => l.entries).filter(e => e.framework && e.indicator && isIndicatorLevel(e.level))
                .map(e => ({ framework: e.framework, indicator: e.indicator, level: e.level })),
            source: sourceOf(item)
        })),
        // A penilaian the parser could only partly recover (no year or framework) assesses nothing.
        assessments: facts.penilaian.filter(p => p.year !== undefined && p.framework).map(p => ({
            year: p.year,
            framework: p.framework,
            scores: usableScores(p).map(s => ({ indicator: s.indicator, level: s.level })),
            source: sourceOf(p)
        }))
    };
}

function pemdaInfo(pemda: ast.Pemda, facts: WorkspaceFacts): PemdaInfo {
    const written = pemda.jenis[0];
    const fromTitle = written === undefined ? jenisFromTitle(pemda.title) : undefined;
    return {
        name: pemda.name,
        title: pemda.title,
        // `periode 2.026..2030` is invalid-value: its years are not taken at the parser's reading.
        periode: pemda.periode[0] && writtenAsYears(pemda.periode[0]) ? facts.period : undefined,
        referensi: pemda.referensi[0] ?? DefaultReferenceVersion,
        evaluasi: pemda.evaluasi[0],
        koordinator: pemda.koordinator[0]?.$refText,
        // A date invalid-value refuses (2026-02-30) is left out: the signature then shows its blank, never the text.
        ditetapkan: pemda.ditetapkan[0] ? { dasar: pemda.ditetapkan[0].dasar, tanggal: realDateOrNone(pemda.ditetapkan[0].tanggal) } : undefined,
        reviu: pemda.reviu.filter(isRealDate),
        kodeLokal: pemda.kodeLokal.map(k => ({ code: k.code, title: k.title })),
        jenis: written ?? fromTitle,
        jenisFromTitle: fromTitle !== undefined,
        kepalaDaerah: pemda.kepalaDaerah[0],
        tempat: pemda.tempat[0] ?? tempatFromTitle(pemda.title),
        ilustrasi: pemda.ilustrasi.length > 0,
        source: sourceOf(pemda)
    };
}

/** A year written with exactly four digits; `2.026` is read as 2026 by the parser but refused by invalid-value. */
function isWrittenYear(node: AstNode, property: string, index?: number): boolean {
    const text = GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text;
    return text === undefined || /^[0-9]{4}$/.test(text);
}

function writtenAsYears(range: ast.YearRange): boolean {
    return isWrittenYear(range, 'start') && (range.end === undefined || isWrittenYear(range, 'end'));
}

function realDateOrNone(text: string | undefined): string | undefined {
    return text !== undefined && isRealDate(text) ? text : undefined;
}

/** The value checks refuse these (invalid-value); the model leaves them out so no output shows them. */
function acceptedAttribute(name: string, value: string | number): boolean {
    if (name === 'tier') {
        return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;
    }
    if (name === 'tanggal') {
        return typeof value === 'string' && isRealDate(value);
    }
    return true;
}

const isYear = (year: number | undefined): year is number => year !== undefined && Number.isInteger(year);

function measured(entry: AstNode & { year?: number; value?: number }): MeasuredValue | undefined {
    // A value the double does not hold as written (`1e+29`, lost decimals) is invalid-value and left out, like money.
    return isYear(entry.year) && entry.value !== undefined && Number.isFinite(entry.value) && !partlyRecovered(entry, 'value')
        && writtenNumber(entry, 'value')?.exact === true
        ? { year: entry.year, value: entry.value } : undefined;
}

function indikatorKinerjaInfo(indikator: ast.IndikatorKinerja): IndikatorKinerjaInfo {
    const seen = new Set<number>();
    const targets: MeasuredValue[] = [];
    for (const target of indikator.targets) {
        const value = measured(target);
        // A second target for one year is a duplicate-property; the first one stays.
        if (value && !seen.has(value.year)) {
            seen.add(value.year);
            targets.push(value);
        }
    }
    return {
        name: indikator.title,
        satuan: indikator.satuan[0],
        awal: indikator.awal[0] ? measured(indikator.awal[0]) : undefined,
        targets
    };
}

function elementInfo(element: ast.Element, facts: WorkspaceFacts, doc: (node: AstNode) => string | undefined): ElementInfo {
    const record = element as unknown as Record<string, unknown>;
    const attributes: Record<string, string | number | readonly string[]> = {};
    for (const name of attributeNames) {
        const value = (record[name] as Array<string | number> | undefined)?.[0];
        if (value !== undefined && acceptedAttribute(name, value)) {
            attributes[name] = value;
        }
    }
    for (const name of listAttributeNames) {
        const lists = record[name] as Array<{ values?: string[] }> | undefined;
        const values = lists?.flatMap(l => l.values ?? []);
        if (values && values.length > 0) {
            attributes[name] = values;
        }
    }
    return {
        id: qualifiedName(element),
        opd: element.$container.name,
        name: element.name,
        kind: kindKeyword(element.$type) as ElementKind,
        title: element.title,
        doc: doc(element),
        deskripsi: element.deskripsi[0],
        status: element.status[0] ?? 'eksisting',
        hingga: isWrittenYear(element, 'hingga', 0) ? element.hingga[0] : undefined,
        ref: element.ref[0],
        attributes,
        relations: relationsOf(element),
        ...(ast.isData(element) ? { pribadi: element.pribadi.length > 0 } : {}),
        sharedWithAll: ('bagiPakai' in element && element.bagiPakai.some(g => g.all))
            || ('pengguna' in element && element.pengguna.some(g => 'all' in g && g.all)),
        lifetime: toLifetime(facts.lifetime(element)),
        builtin: isBuiltin(element),
        source: sourceOf(element)
    };
}

function relationsOf(element: ast.Element): Relation[] {
    const relations: Relation[] = [];
    forEachReferenceBelow(element, (reference, referenceProperty, _index, holder) => {
        const target = referencedNode(reference);
        const property = holder === element ? referenceProperty : holder.$containerProperty ?? referenceProperty;
        if (ast.isOpd(target)) {
            relations.push({ property, target: target.name, targetIsOpd: true });
        } else if (target && ast.isElement(target)) {
            relations.push({ property, target: elementId(target), targetIsOpd: false });
        }
    });
    return relations;
}

function toLifetime(span: YearSpan): Lifetime {
    if (span.from > span.to) {
        return { exists: false, from: null, to: null };
    }
    return {
        exists: true,
        from: Number.isFinite(span.from) ? span.from : null,
        to: Number.isFinite(span.to) ? span.to : null
    };
}

function resolvedName(ref: { ref?: { name: string } } | undefined): string | undefined {
    return ref?.ref?.name;
}

/** `OPD.NAME` of an element as the model knows it: a library alias is named by its entry (`nasional.OSS`). */
function elementId(element: ast.Element): string {
    return isBuiltin(element) ? `${element.$container.name}.${canonicalNasionalName(element.name)}` : qualifiedName(element);
}

function isBuiltin(node: AstNode): boolean {
    return isBuiltinDocument(AstUtils.getDocument(node));
}

export function sourceOf(node: AstNode): SourceRef | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const { start, end } = cst.range;
    return {
        uri: AstUtils.getDocument(node).uri.toString(),
        line: start.line, character: start.character, endLine: end.line, endCharacter: end.character
    };
}

