import { AstUtils, GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { EvaluationFrameworks, ReferenceCodeLists, RefPrefixByKind } from '../reference-data/reference-data.js';
import { kindKeyword } from '../references/spbe-naming.js';
import type { SpbeServices } from '../spbe-module.js';
import { codeSource, confidenceNote, tagInWords } from './reference-wording.js';

/**
 * Adds what the grammar alone cannot offer: national reference codes for `ref` (only those of the
 * element's domain), indicator ids with their names, years of the periode, and titles next to
 * OPD and element names. Keywords, enumeration values and scoped references come from Langium.
 */
export class SpbeCompletionProvider extends DefaultCompletionProvider {
    private readonly spbe: SpbeServices;

    constructor(services: SpbeServices) {
        super(services);
        this.spbe = services;
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
        if ((feature === 'year' && (rule === 'Target' || rule === 'Anggaran')) || ((feature === 'start' || feature === 'end') && rule === 'YearRange')) {
            return this.yearCompletion(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node as { title?: string } | undefined;
        return { ...item, detail: [kindKeyword(description.type), node?.title].filter(Boolean).join(' — ') };
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
        return /(spbe2020|pemdi2026)\.\s*$/.exec(before)?.[1];
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
