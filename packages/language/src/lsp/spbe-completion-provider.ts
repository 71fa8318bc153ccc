import { AstUtils, CstUtils, GrammarAST, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams, type Position } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { EvaluationFrameworks, FrameworkIds, ReferenceCodeLists, RefPrefixByKind } from 'spbe-model';
import { kindKeyword } from 'spbe-model';
import type { SpbeDescription } from '../references/spbe-symbol-table.js';
import type { SpbeServices } from '../spbe-module.js';
import { codeSource, confidenceNote, tagInWords } from './reference-wording.js';
import { dottedPrefixAt, dottedWordEnd, type DottedPrefix } from './dotted-prefix.js';


/**
 * The most items one completion answer carries. After `hosting ` in a 20k-element workspace every
 * infrastructure qualifies (2,000 items, 400 KB of JSON, most of the answer's time); a longer list
 * is cut. Langium marks every list incomplete, so the editor asks again as the user types and the
 * server filters by what is typed.
 */
export const MaxCompletionItems = 300;

/** `list` with at most `MaxCompletionItems` items: the own OPD's (unqualified) names first, then by label. */
function capped(list: CompletionList): CompletionList {
    if (list.items.length <= MaxCompletionItems) {
        return list;
    }
    const qualified = (item: CompletionItem) => (item.label.includes('.') ? 1 : 0);
    const items = [...list.items].sort((a, b) => qualified(a) - qualified(b) || a.label.localeCompare(b.label)).slice(0, MaxCompletionItems);
    return { ...list, isIncomplete: true, items };
}

/** A framework id (from the reference data, so a new framework needs no change here) just before a dot. */
const frameworkBeforeDot = new RegExp(`(${FrameworkIds.join('|')})\\.\\s*$`);

/**
 * Adds what the grammar alone cannot offer: national reference codes for `ref` (only those of the
 * element's domain), indicator ids with their names, years of the periode, and titles next to
 * OPD and element names. Keywords, enumeration values and scoped references come from Langium.
 *
 * A partly typed dotted word (`ref RAA.`, `DINSOS.`, `RAB.09.0`) is completed as a whole: typing
 * `.` asks for completion, the proposals are those that start with what is typed up to the last
 * dot, and each replaces the whole dotted word.
 */
export class SpbeCompletionProvider extends DefaultCompletionProvider {
    private readonly spbe: SpbeServices;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };

    constructor(services: SpbeServices) {
        super(services);
        this.spbe = services;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const list = await super.getCompletion(document, params, cancelToken);
        const text = document.textDocument.getText();
        const dotted = dottedPrefixAt(text, document.textDocument.offsetAt(params.position));
        if (!list || !dotted) {
            return list && capped(list);
        }
        return capped({ ...list, items: list.items.filter(item => this.continuesPrefix(document, item, dotted)) });
    }

    /**
     * An item whose edit starts where the dotted word starts must continue its qualifier (`DINSOS.`
     * keeps `DINSOS.DT_DTKS`, drops `DINKES.X`); an item that starts after it (an indicator id after
     * `spbe2020.`) completes only the last segment and is kept.
     */
    private continuesPrefix(document: LangiumDocument, item: CompletionItem, dotted: DottedPrefix): boolean {
        const edit = item.textEdit;
        if (!edit) {
            return true;
        }
        const start = document.textDocument.offsetAt('range' in edit ? edit.range.start : edit.insert.start);
        return start !== dotted.start || edit.newText.toLowerCase().startsWith(dotted.qualifier.toLowerCase());
    }

    /**
     * Before Langium's own contexts, one that starts at the beginning of a dotted word at the cursor:
     * `RAA.` lexes as a name and a dot, not as a partial code, so Langium alone finds no feature there.
     */
    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const cst = document.parseResult.value.$cstNode;
        const textDocument = document.textDocument;
        const offset = textDocument.offsetAt(position);
        const dotted = cst ? dottedPrefixAt(textDocument.getText(), offset) : undefined;
        if (cst && dotted) {
            yield {
                document,
                textDocument,
                offset,
                position,
                node: CstUtils.findLeafNodeBeforeOffset(cst, dotted.start)?.astNode,
                tokenOffset: dotted.start,
                tokenEndOffset: dottedWordEnd(textDocument.getText(), offset),
                features: this.findFeaturesAt(textDocument, dotted.start)
            };
        }
        yield* super.buildContexts(document, position);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const feature = assignment?.feature;
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        if (feature === 'ref' && GrammarAST.isRuleCall(next.feature)) {
            return this.codeCompletion(context, acceptor);
        }
        if (feature === 'indicator' && GrammarAST.isRuleCall(next.feature)) {
            return this.indicatorCompletion(context, acceptor, rule);
        }
        if ((feature === 'year' && (rule === 'Target' || rule === 'Anggaran' || rule === 'KinerjaTarget')) || ((feature === 'start' || feature === 'end') && rule === 'YearRange')) {
            return this.yearCompletion(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node as { title?: string } | undefined;
        // The scope offers the own OPD's elements by simple name; after `OWN.` they are written qualified.
        const opd = (description as SpbeDescription).opd;
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        const qualified = opd && typed.includes('.') && !description.name.includes('.') ? { label: `${opd}.${description.name}` } : {};
        return { ...item, ...qualified, detail: [kindKeyword(description.type), node?.title].filter(Boolean).join(' — ') };
    }

    private codeCompletion(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const element = context.node && AstUtils.getContainerOfType(context.node, ast.isElement);
        const prefix = element ? RefPrefixByKind[element.$type] : undefined;
        const facts = this.spbe.spbe.WorkspaceFacts.get();
        const locale = this.spbe.spbe.Settings.locale;
        for (const code of ReferenceCodeLists[facts.referenceVersion]?.codes ?? []) {
            if (!prefix || code.code.startsWith(prefix + '.')) {
                const unverified = confidenceNote(code, locale);
                acceptor(context, {
                    label: code.code,
                    kind: CompletionItemKind.Constant,
                    detail: code.name,
                    documentation: `${code.name}${unverified ? ` (${unverified})` : ''}\n\n${codeSource(facts.referenceVersion, code, locale)}`,
                    sortText: code.code
                });
            }
        }
        for (const kode of facts.pemdas.flatMap(p => p.kodeLokal)) {
            if (!prefix || kode.code.startsWith(prefix + '.')) {
                acceptor(context, { label: kode.code, kind: CompletionItemKind.Constant, detail: `${kode.title} (${tagInWords('kodeLokal', locale)})`, sortText: kode.code });
            }
        }
    }

    private indicatorCompletion(context: CompletionContext, acceptor: CompletionAcceptor, rule: string | undefined): void {
        const node = context.node;
        const framework = rule === 'Score'
            ? (node && AstUtils.getContainerOfType(node, ast.isPenilaian))?.framework
            : (node && ast.isIndicatorTarget(node) ? node.framework : undefined) ?? this.frameworkBeforeCursor(context);
        for (const indicator of EvaluationFrameworks[framework ?? '']?.indicators ?? []) {
            acceptor(context, { label: indicator.id, kind: CompletionItemKind.EnumMember, detail: indicator.name, sortText: indicator.id });
        }
    }

    /** `indikator spbe2020.|`: the framework keyword just before the dot. */
    private frameworkBeforeCursor(context: CompletionContext): string | undefined {
        const before = context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 20), context.tokenOffset);
        return frameworkBeforeDot.exec(before)?.[1];
    }

    private yearCompletion(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const period = this.spbe.spbe.WorkspaceFacts.get().period;
        if (!period) {
            return;
        }
        for (let year = period.start; year <= period.end; year++) {
            acceptor(context, { label: String(year), kind: CompletionItemKind.Value, sortText: String(year) });
        }
    }
}
