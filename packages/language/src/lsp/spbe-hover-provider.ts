import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { exactAmount, MaxExactAmount } from '../analysis/budget-limits.js';
import { itemYears } from '../analysis/workspace-facts.js';
import { itemKodesIn } from '../analysis/item-kodes.js';
import { findReferenceCode, isLegalBasisUnverified, nasionalEntry } from 'spbe-model';
import { kindKeyword } from 'spbe-model';
import { qualifiedName } from '../references/spbe-naming.js';
import type { SpbeServices } from '../spbe-module.js';
import { indicatorHoverText } from './indicator-hover.js';
import { penilaianHoverText } from './penilaian-hover.js';
import { codeSource, confidenceNote, tagInWords } from './reference-wording.js';
import { editorLabel as label, formatRupiah } from 'spbe-model';
import { muatanLabel } from 'spbe-model';

/**
 * Hovers for declarations and references (kind, owner, title, status and lifetime, doc comment,
 * reference-code name, who uses it), for `ref` codes and for indicator ids.
 */
export class SpbeHoverProvider extends AstNodeHoverProvider {
    private readonly spbe: SpbeServices;

    constructor(services: SpbeServices) {
        super(services);
        this.spbe = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const special = leaf && this.valueHover(leaf.astNode, leaf.grammarSource);
        if (special) {
            return { contents: { kind: 'markdown', value: special }, range: leaf.range };
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (ast.isElement(node)) {
            return this.elementHover(node);
        }
        if (ast.isOpd(node)) {
            return this.opdHover(node);
        }
        if (ast.isRencana(node)) {
            return this.itemHover(node);
        }
        return undefined;
    }

    private get locale() {
        return this.spbe.spbe.Settings.locale;
    }

    /** Hover over a value that is not a reference: a `ref`/`kodeLokal` code, an indicator id or a `penilaian` header. */
    private valueHover(node: AstNode, source: unknown): string | undefined {
        const assignment = GrammarAST.isRuleCall(source) || GrammarAST.isKeyword(source)
            ? AstUtils.getContainerOfType(source as GrammarAST.AbstractElement, GrammarAST.isAssignment) : undefined;
        const feature = assignment?.feature;
        if (feature === 'ref' && ast.isElement(node)) {
            const code = node.ref[0];
            return code ? this.codeHover(code) : undefined;
        }
        if (feature === 'code' && ast.isKodeLokal(node)) {
            return this.codeHover(node.code);
        }
        if (feature === 'indicator' && ast.isIndicatorTarget(node)) {
            return this.indicatorHover(node.framework, node.indicator);
        }
        if (feature === 'indicator' && ast.isScore(node)) {
            return this.indicatorHover(node.$container.framework, node.indicator);
        }
        // The block's own tokens (keyword, year, framework, braces); a score line is a Score node of its own.
        if (ast.isPenilaian(node)) {
            return penilaianHoverText(node, this.locale);
        }
        return undefined;
    }

    private codeHover(code: string): string {
        const facts = this.spbe.spbe.WorkspaceFacts.get();
        const national = findReferenceCode(facts.referenceVersion, code);
        if (national) {
            const unverified = confidenceNote(national, this.locale);
            return `**${code}** — ${national.name}${unverified ? ` _(${unverified})_` : ''}\n\n${codeSource(facts.referenceVersion, national, this.locale)}`;
        }
        const local = facts.pemdas.flatMap(p => p.kodeLokal).find(k => k.code === code);
        return local ? `**${code}** — ${local.title}\n\n${tagInWords('kodeLokal', this.locale)}` : `**${code}**`;
    }

    private indicatorHover(framework: string, id: string): string | undefined {
        return indicatorHoverText(framework, id, this.locale);
    }

    private elementHover(element: ast.Element): string {
        const locale = this.locale;
        const facts = this.spbe.spbe.WorkspaceFacts.get();
        const opd = element.$container;
        const lines = [`**${kindKeyword(element.$type)}** \`${qualifiedName(element)}\`${element.title ? ` — ${element.title}` : ''}`];
        const builtin = isBuiltinDocument(AstUtils.getDocument(element));
        lines.push(builtin ? `_${label('library', locale)}_` : `${label('owner', locale)}: ${opd.name}${opd.title ? ` (${opd.title})` : ''}`);
        const entry = builtin ? nasionalEntry(element.name) : undefined;
        if (entry) {
            // (v2) Who runs it and on what legal basis; a basis fewer than two public sources confirm says so.
            const unverified = isLegalBasisUnverified(entry) ? ` _(${label('unverified', locale)})_` : '';
            lines.push(`${label('libraryOwner', locale)}: ${entry.owner} · ${label('legalBasis', locale)}: ${entry.legalBasis.text}${unverified}`);
        }
        const span = facts.lifetime(element);
        const lifetime = span.from > span.to ? label('never', locale)
            : !Number.isFinite(span.from) && !Number.isFinite(span.to) ? label('always', locale)
                : [Number.isFinite(span.from) ? `${label('from', locale)} ${span.from}` : '', Number.isFinite(span.to) ? `${label('until', locale)} ${span.to}` : '']
                    .filter(Boolean).join(' ');
        lines.push(`${label('status', locale)}: ${element.status[0] ?? 'eksisting'} · ${label('lifetime', locale)}: ${lifetime}`);
        if (ast.isData(element) && element.pribadi.length > 0) {
            lines.push(label('personalData', locale));
        }
        const code = element.ref[0];
        if (code) {
            lines.push(this.codeHover(code).split('\n\n')[0]);
        }
        const doc = this.documentation(element);
        if (doc) {
            lines.push(doc);
        } else if (element.deskripsi[0]) {
            lines.push(element.deskripsi[0]);
        }
        if (!builtin || facts.usesOf(element).length > 0) {
            lines.push(this.usage(element));
        }
        return lines.join('\n\n');
    }

    private usage(element: ast.Element): string {
        const uses = this.spbe.spbe.WorkspaceFacts.get().usesOf(element);
        if (uses.length === 0) {
            return label('notUsed', this.locale);
        }
        const byOpd = new Map<string, number>();
        for (const use of uses) {
            byOpd.set(use.user.$container.name, (byOpd.get(use.user.$container.name) ?? 0) + 1);
        }
        const parts = [...byOpd].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([opd, n]) => `${opd} ${n}`);
        return `${label('usedBy', this.locale)}: ${uses.length} (${parts.join(', ')})`;
    }

    private opdHover(opd: ast.Opd): string {
        const locale = this.locale;
        const lines = [`**OPD** \`${opd.name}\`${opd.title ? ` — ${opd.title}` : ''}`];
        if (opd.pic[0]) {
            lines.push(`${label('pic', locale)}: ${opd.pic[0]}`);
        }
        const roles = opd.peran.flatMap(p => p.values);
        if (roles.length) {
            lines.push(`${label('roles', locale)}: ${roles.map(role => tagInWords(role, locale)).join(', ')}`);
        }
        const counts = new Map<string, number>();
        opd.elements.forEach(e => counts.set(kindKeyword(e.$type), (counts.get(kindKeyword(e.$type)) ?? 0) + 1));
        lines.push(`${opd.elements.length} ${label('elements', locale)}${counts.size ? `: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}` : ''}`);
        const doc = this.documentation(opd);
        return (doc ? [...lines, doc] : lines).join('\n\n');
    }

    private itemHover(item: ast.Rencana): string {
        const locale = this.locale;
        const years = itemYears(item);
        // Summed exactly; a total an output could not carry exactly (invalid-value) is not shown rounded.
        const exact = item.anggaran.map(exactAmount);
        const sum = exact.reduce<bigint>((s, a) => s + (a ?? 0n), 0n);
        const total = sum <= MaxExactAmount ? Number(sum) : undefined;
        const lines = [`**rencana** \`${item.name}\`${item.title ? ` — ${item.title}` : ''}`,
            `${label('muatan', locale)}: ${item.muatan[0] ? muatanLabel(item.muatan[0], locale) : '-'} · ${label('years', locale)}: ${years ? (years.start === years.end ? years.start : `${years.start}..${years.end}`) : '-'}` +
            ` · ${label('responsible', locale)}: ${item.penanggungJawab[0]?.$refText ?? '-'}`,
            `${label('budget', locale)}: ${total === undefined ? '-' : formatRupiah(total, locale)}${item.sumberDana[0] ? ` (${item.sumberDana[0]})` : ''}`];
        // (v2) kode (written or derived), prioritas, kegiatan codes and performance indicators.
        const kode = itemKodesIn(this.spbe.spbe.WorkspaceFacts.get()).get(item);
        const details = [
            kode ? `${label('kode', locale)}: ${kode.kode}${kode.derived ? ` _(${label('kodeDerived', locale)})_` : ''}` : '',
            item.prioritas[0] ? `${label('prioritas', locale)}: ${item.prioritas[0]}` : '',
            item.kegiatan.length > 0 ? `${label('kegiatan', locale)}: ${item.kegiatan.flatMap(l => l.values).join(', ')}` : ''
        ].filter(Boolean);
        if (details.length > 0) {
            lines.push(details.join(' · '));
        }
        const kinerja = item.indikatorKinerja.filter(k => k.title !== undefined);
        if (kinerja.length > 0) {
            lines.push(`${label('performanceIndicators', locale)}: ${kinerja.map(k => k.satuan[0] ? `${k.title} (${k.satuan[0]})` : k.title).join('; ')}`);
        }
        const doc = this.documentation(item);
        return (doc ? [...lines, doc] : lines).join('\n\n');
    }

    private documentation(node: AstNode): string | undefined {
        return this.spbe.documentation.DocumentationProvider.getDocumentation(node)?.trim() || undefined;
    }
}
