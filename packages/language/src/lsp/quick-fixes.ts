import { AstUtils, URI, UriUtils, type AstNode, type LangiumDocument } from 'langium';
import { lineBreakOf } from '../format/format-source.js';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { NasionalOpd, nasionalEntry, parseKegiatanCode, withKegiatanLevel, type KegiatanLevel } from 'spbe-model';
import { escapeString, MuatanKodePrefix } from 'spbe-model';
import { itemKodesIn } from '../analysis/item-kodes.js';
import { chooseSistemPenghubung } from './sistem-penghubung.js';
import { IssueCodes } from 'spbe-model';
import type { SpbeServices } from '../spbe-module.js';
import { appendToList, insertIntoBlock } from './text-edits.js';
import { elementKindLabel, fixTitle, propertyLabel, valueLabel, type ValueRule } from 'spbe-model';
import type { Locale } from 'spbe-model';

type Fix = (context: FixContext) => CodeAction[];

export interface FixContext {
    readonly services: SpbeServices;
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
    readonly data: Record<string, unknown>;
    /** The AST node the diagnostic starts on. */
    readonly node: AstNode | undefined;
}

/** Quick fixes by diagnostic code; each returns zero or more code actions. */
export const QuickFixes: Partial<Record<string, Fix>> = {
    [IssueCodes.CrossOpdDataNotShared]: ctx => grantFix(ctx, 'bagiPakai'),
    [IssueCodes.CrossOpdAppNotShared]: ctx => grantFix(ctx, 'pengguna'),
    [IssueCodes.UnresolvedReference]: ctx => unresolvedFixes(ctx),
    [IssueCodes.PlannedElementNotRealized]: ctx => roadmapItemFix(ctx, 'mewujudkan'),
    [IssueCodes.DuplicatesAplikasiUmum]: ctx => [...roadmapItemFix(ctx, 'menghentikan'), ...integrationFix(ctx)],
    [IssueCodes.SectorPlatformNotIntegrated]: ctx => integrationFix(ctx),
    [IssueCodes.KegiatanCodeWrongLevel]: ctx => kegiatanLevelFix(ctx),
    [IssueCodes.MissingProperty]: ctx => missingPropertyFix(ctx)
};

function locale(ctx: FixContext): Locale {
    return ctx.services.spbe.Settings.locale;
}

function action(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = false): CodeAction {
    return { title, kind: 'quickfix', diagnostics: [diagnostic], edit, isPreferred };
}

/**
 * A new file with `text` (left alone if it already exists, then the text is inserted at its start,
 * with the existing file's line break so a CRLF file does not get mixed endings).
 */
function createFile(ctx: FixContext, uri: string, text: string): WorkspaceEdit {
    const existing = ctx.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
    if (existing && lineBreakOf(existing.textDocument.getText()) === '\r\n') {
        text = text.replace(/\r?\n/g, '\r\n');
    }
    return {
        documentChanges: [
            { kind: 'create', uri, options: { ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] }
        ]
    };
}

/** An OPD by its title, as people read it (the code when it has none or is unknown). */
function opdWords(ctx: FixContext, code: string): string {
    const opd = ctx.services.spbe.SymbolTable.lookup('opd', code)[0]?.node as ast.Opd | undefined;
    return opd?.title || code;
}

/** An element (`OPD.NAME`, a national platform `nasional.NAME`) by its title; the id when untitled. */
function elementWords(ctx: FixContext, id: string): string {
    if (id.startsWith(`${NasionalOpd}.`)) {
        return nasionalEntry(id.slice(NasionalOpd.length + 1))?.title ?? id;
    }
    return element(ctx.services, id)?.title || id;
}

function single(document: LangiumDocument | AstNode, edit: TextEdit | undefined): WorkspaceEdit | undefined {
    const uri = ('uri' in document ? document : AstUtils.getDocument(document)).uri.toString();
    return edit ? { changes: { [uri]: [edit] } } : undefined;
}

function element(services: SpbeServices, id: string | undefined): ast.Element | undefined {
    if (!id) {
        return undefined;
    }
    const description = services.spbe.SymbolTable.lookup('element', id)[0];
    return description?.node as ast.Element | undefined;
}

/** Adds the using OPD to the owner's `bagiPakai` / `pengguna`, in the owner's file. */
function grantFix(ctx: FixContext, property: 'bagiPakai' | 'pengguna'): CodeAction[] {
    const target = element(ctx.services, ctx.data.target as string);
    const user = ctx.data.user as string | undefined;
    if (!target || !user || !(ast.isData(target) || ast.isAplikasi(target))) {
        return [];
    }
    const grants = (ast.isData(target) ? target.bagiPakai : target.pengguna) as ast.OpdGrant[];
    const edit = grants.length > 0 ? appendToList(grants[0], user) : insertIntoBlock(target, `${property} ${user}`);
    const workspaceEdit = single(target, edit);
    const words = { user: opdWords(ctx, user), target: elementWords(ctx, ctx.data.target as string) };
    return workspaceEdit ? [action(fixTitle(property === 'bagiPakai' ? 'grantData' : 'grantApp', locale(ctx), words), ctx.diagnostic, workspaceEdit, true)] : [];
}

function unresolvedFixes(ctx: FixContext): CodeAction[] {
    const refText = ctx.data.refText as string | undefined;
    const namespace = ctx.data.namespace as string | undefined;
    const kinds = (ctx.data.kinds as string[] | undefined) ?? ['Aplikasi'];
    if (!refText || !ctx.node) {
        return [];
    }
    const owner = AstUtils.getContainerOfType(ctx.node, ast.isOpd);
    if (namespace === 'opd') {
        return [createOpdFile(ctx, refText)];
    }
    if (namespace !== 'element') {
        return [];
    }
    const actions: CodeAction[] = [];
    const [qualifier, name] = refText.includes('.') ? refText.split('.') : [owner?.name, refText];
    if (!qualifier || !name || qualifier === NasionalOpd) {
        return [];
    }
    // The name exists in another OPD: write it qualified.
    if (!refText.includes('.')) {
        for (const d of ctx.services.spbe.SymbolTable.withSimpleName(name).filter(d => kinds.includes(d.type)).slice(0, 3)) {
            const title = (d.node as ast.Element | undefined)?.title;
            const label = title ? fixTitle('replaceNamed', locale(ctx), { name: d.name, title }) : fixTitle('replace', locale(ctx), { name: d.name });
            actions.push(action(label, ctx.diagnostic, { changes: { [ctx.document.uri.toString()]: [{ range: ctx.diagnostic.range, newText: d.name }] } }, true));
        }
    }
    const opd = ctx.services.spbe.SymbolTable.lookup('opd', qualifier)[0]?.node as ast.Opd | undefined;
    if (!opd) {
        actions.push(createOpdFile(ctx, qualifier));
        return actions;
    }
    for (const kind of kinds.slice(0, 3)) {
        const stub = elementStub(kind, name, ctx.data.jenis as string | undefined);
        const edit = single(opd, insertIntoBlock(opd, stub));
        if (edit) {
            const words = { kind: elementKindLabel(kind.toLowerCase(), locale(ctx)).toLowerCase(), name, opd: opd.title || `OPD ${opd.name}` };
            actions.push(action(fixTitle('createElement', locale(ctx), words), ctx.diagnostic, edit));
        }
    }
    return actions;
}

/** A new element with placeholders for its required properties, so the stub itself validates. */
function elementStub(kind: string, name: string, jenis?: string): string {
    const body: Record<string, string> = {
        Data: 'sifat terbatas',
        Infrastruktur: `jenis ${jenis ?? 'server'}`,
        Keamanan: 'jenis audit'
    };
    const keyword = kind.charAt(0).toLowerCase() + kind.slice(1);
    return body[kind] ? `${keyword} ${name} "" { ${body[kind]} }` : `${keyword} ${name} "" {}`;
}

/** Creates `opd/<code>.spbe` next to the pemda (or the current file) with an empty OPD block. */
function createOpdFile(ctx: FixContext, code: string): CodeAction {
    const facts = ctx.services.spbe.WorkspaceFacts.get();
    const anchor = facts.pemda ? AstUtils.getDocument(facts.pemda).uri : UriUtils.dirname(ctx.document.uri);
    const root = facts.pemda ? UriUtils.dirname(anchor) : anchor;
    const uri = UriUtils.joinPath(root, 'opd', `${code.toLowerCase()}.spbe`).toString();
    const text = `opd ${code} "" {\n    pic ""\n}\n`;
    return action(fixTitle('createOpd', locale(ctx), { code, path: `opd/${code.toLowerCase()}.spbe` }), ctx.diagnostic, createFile(ctx, uri, text));
}

const muatanByKind: Record<string, string> = {
    Aplikasi: 'aplikasi', Integrasi: 'aplikasi', Infrastruktur: 'infrastruktur', Layanan: 'layanan',
    Keamanan: 'keamanan', Data: 'manajemen', Probis: 'tataKelola'
};

/** A roadmap item that realizes a planned element or retires a duplicate of an Aplikasi Umum. */
function roadmapItemFix(ctx: FixContext, property: 'mewujudkan' | 'menghentikan'): CodeAction[] {
    const target = element(ctx.services, ctx.data.target as string);
    if (!target) {
        return [];
    }
    const facts = ctx.services.spbe.WorkspaceFacts.get();
    const id = `${target.$container.name}.${target.name}`;
    let name = `PR_${property === 'mewujudkan' ? '' : 'HENTIKAN_'}${target.name}`;
    for (let n = 2; ctx.services.spbe.SymbolTable.lookup('rencana', name).length > 0; n++) {
        name = `PR_${property === 'mewujudkan' ? '' : 'HENTIKAN_'}${target.name}_${n}`;
    }
    const start = facts.period?.start ?? new Date().getFullYear();
    // Two years when the periode allows, never past its end (a one-year periode gets that year).
    const end = Math.min(start + 1, facts.period?.end ?? start + 1);
    const muatan = muatanByKind[target.$type] ?? 'aplikasi';
    const title = property === 'mewujudkan'
        ? `Mewujudkan ${target.title ?? target.name}`
        : `Migrasi ${target.title ?? target.name} ke ${elementWords(ctx, ctx.data.national as string)}`;
    const item = [
        `rencana ${name} "${escapeString(title)}" {`,
        `    muatan ${muatan}`,
        `    penanggungJawab ${target.$container.name}`,
        `    tahun ${end > start ? `${start}..${end}` : start}`,
        `    ${property} ${id}`,
        ...freeKodeLine(ctx, muatan),
        '}'
    ].join('\n');
    // The last roadmap block in workspace order: the new item comes after every other item, so
    // no other item's derived kode moves (derived numbers count items in workspace order).
    const roadmap = facts.items.at(-1)?.$container;
    const label = fixTitle(property === 'mewujudkan' ? 'realize' : 'retire', locale(ctx), { element: target.title || id });
    if (roadmap) {
        const edit = single(roadmap, insertIntoBlock(roadmap, item));
        return edit ? [action(label, ctx.diagnostic, edit, true)] : [];
    }
    const anchor = facts.pemda ? UriUtils.dirname(AstUtils.getDocument(facts.pemda).uri) : UriUtils.dirname(ctx.document.uri);
    const uri = UriUtils.joinPath(anchor, 'peta-rencana.spbe').toString();
    const text = `petaRencana {\n${item.split('\n').map(l => '    ' + l).join('\n')}\n}\n`;
    return [action(label, ctx.diagnostic, createFile(ctx, uri, text), true)];
}

/**
 * `kode "XX.nn"` when the derived kode of a new last item of `muatan` is already taken (by a written
 * kode), naming the smallest free number of that muatan's prefix; no line when the derived one is free.
 */
function freeKodeLine(ctx: FixContext, muatan: string): string[] {
    const facts = ctx.services.spbe.WorkspaceFacts.get();
    const prefix = MuatanKodePrefix[muatan];
    if (!prefix) {
        return [];
    }
    const taken = new Set([...itemKodesIn(facts).values()].map(k => k.kode));
    const kodeOf = (n: number) => `${prefix}.${String(n).padStart(2, '0')}`;
    const derived = kodeOf(facts.items.filter(i => i.muatan[0] === muatan).length + 1);
    if (!taken.has(derived)) {
        return [];
    }
    let n = 1;
    while (taken.has(kodeOf(n))) {
        n++;
    }
    return [`    kode "${kodeOf(n)}"`];
}

/** Adds the missing required property with a value that validates, for the user to adjust. */
function missingPropertyFix(ctx: FixContext): CodeAction[] {
    const node = ctx.node;
    const property = ctx.data.property as string | undefined;
    if (!node || !property) {
        return [];
    }
    const facts = ctx.services.spbe.WorkspaceFacts.get();
    const year = facts.period?.start ?? new Date().getFullYear();
    const siblings = ast.isIntegrasi(node) ? node.$container.elements.filter(ast.isAplikasi) : [];
    const values: Record<string, string | undefined> = {
        sifat: 'terbatas',
        jenis: ast.isKeamanan(node) ? 'audit' : 'server',
        dari: siblings[0]?.name,
        ke: siblings[1]?.name ?? siblings[0]?.name,
        muatan: 'tataKelola',
        penanggungJawab: ast.isRencana(node) ? (facts.pemda?.koordinator[0]?.$refText ?? facts.opds[0]?.name) : undefined,
        tahun: String(year),
        periode: `${year}..${year + 4}`
    };
    const value = values[property];
    const edit = value ? single(node, insertIntoBlock(node, `${property} ${value}`)) : undefined;
    if (!edit || !value) {
        return [];
    }
    // The value in words: an enumeration by its label, an OPD or element by its title.
    const rules: Record<string, ValueRule> = { sifat: 'SifatData', muatan: 'Muatan', jenis: ast.isKeamanan(node) ? 'JenisKeamanan' : 'JenisInfrastruktur' };
    const sibling = (name: string) => siblings.find(s => s.name === name)?.title || name;
    const words = rules[property] ? valueLabel(rules[property], value, locale(ctx))
        : property === 'penanggungJawab' ? opdWords(ctx, value)
        : property === 'dari' || property === 'ke' ? sibling(value)
        : value;
    return [action(fixTitle('addProperty', locale(ctx), { property: propertyLabel(property, locale(ctx)), value: words }), ctx.diagnostic, edit, true)];
}


/**
 * Adds `integrasi` between a local application and a national one (`duplicates-aplikasi-umum`,
 * `sector-platform-not-integrated`) at the end of the owning OPD's block, in that OPD's file, `via`
 * the pemda's sistemPenghubung ({@link chooseSistemPenghubung}).
 */
function integrationFix(ctx: FixContext): CodeAction[] {
    const app = element(ctx.services, ctx.data.target as string);
    const national = ctx.data.national as string | undefined;
    if (!app || !ast.isAplikasi(app) || !national?.startsWith(`${NasionalOpd}.`)) {
        return [];
    }
    const opd = app.$container;
    const nationalName = national.slice(NasionalOpd.length + 1);
    let name = `INT_${app.name}_${nationalName}`;
    for (let n = 2; ctx.services.spbe.SymbolTable.lookup('element', `${opd.name}.${name}`).length > 0; n++) {
        name = `INT_${app.name}_${nationalName}_${n}`;
    }
    const hub = chooseSistemPenghubung(ctx.services.spbe.WorkspaceFacts.get());
    const via = hub ? (hub.$container.name === opd.name ? hub.name : `${hub.$container.name}.${hub.name}`) : `${NasionalOpd}.SPLP`;
    const title = `Integrasi ${app.title ?? app.name} dengan ${nasionalEntry(nationalName)?.title ?? nationalName}`;
    const lines = [`integrasi ${name} "${escapeString(title)}" {`, `    dari ${app.name}`, `    ke ${national}`, `    via ${via}`, '}'];
    const cst = opd.$cstNode;
    // A one-line OPD block gets a one-line integrasi, so the fix keeps the block's layout.
    const oneLine = cst !== undefined && cst.range.start.line === cst.range.end.line;
    const edit = single(opd, insertIntoBlock(opd, oneLine ? lines.map(l => l.trim()).join(' ') : lines.join('\n')));
    const viaWords = hub ? hub.title || via : elementWords(ctx, via);
    const label = fixTitle('addIntegration', locale(ctx), { app: app.title || `${opd.name}.${app.name}`, national: elementWords(ctx, national), via: viaWords });
    return edit ? [action(label, ctx.diagnostic, edit)] : [];
}

/** Rewrites the level digit of a kegiatan code in place; every other character stays. */
function kegiatanLevelFix(ctx: FixContext): CodeAction[] {
    const level = ctx.data.level as KegiatanLevel | undefined;
    const range = ctx.diagnostic.range;
    const raw = ctx.document.textDocument.getText(range);
    const value = raw.slice(1, -1);
    const parsed = raw.startsWith('"') && raw.endsWith('"') ? parseKegiatanCode(value) : undefined;
    if (!level || !parsed || range.start.line !== range.end.line) {
        return [];
    }
    const at = { line: range.start.line, character: range.start.character + 1 + parsed.levelOffset };
    const edit = { range: { start: at, end: { line: at.line, character: at.character + 1 } }, newText: level };
    return [action(fixTitle('replace', locale(ctx), { name: `"${withKegiatanLevel(value, level)}"` }), ctx.diagnostic,
        { changes: { [ctx.document.uri.toString()]: [edit] } }, true)];
}
