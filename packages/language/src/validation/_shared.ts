import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import type { IssueCode } from 'spbe-model';
import { issueSeverity, message } from 'spbe-model';

export type Info<N extends AstNode> = Omit<DiagnosticInfo<N, string>, 'code' | 'data'> & { data?: Record<string, unknown> };

/**
 * Emits a diagnostic with its spec code, the localized message and the code in `data` for quick fixes.
 * The severity is the issue catalog's (spbe-model), never the call site's; `variant` selects it for the
 * codes whose severity depends on what they are about (`cross-opd-data-not-shared`: the data's sifat).
 */
export type Report = <N extends AstNode>(code: IssueCode, args: Record<string, string | number>, info: Info<N>, variant?: string) => void;

export function reporter(services: SpbeCoreServices, accept: ValidationAcceptor): Report {
    const settings = services.spbe.Settings;
    return (code, args, info, variant) => accept(issueSeverity(code, variant), message(code, settings.locale, args), {
        ...info,
        code,
        data: { code, ...info.data }
    } as DiagnosticInfo<AstNode, string>);
}

/** Related information pointing at other declarations' names (for duplicates across files). */
export function relatedNames(nodes: readonly AstNode[], text: string): DiagnosticRelatedInformation[] {
    return nodes.flatMap(node => {
        const range = nameRange(node);
        return range ? [{ location: { uri: AstUtils.getDocument(node).uri.toString(), range }, message: text }] : [];
    });
}

export function nameRange(node: AstNode): Range | undefined {
    return (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)?.range;
}

export function documentOf(node: AstNode): LangiumDocument {
    return AstUtils.getDocument(node);
}

/** `true` when `code` may use the OPD's grants (`bagiPakai` / `pengguna`): listed, or `semua`. */
export function isGranted(grants: ReadonlyArray<{ all: boolean; opds: ReadonlyArray<{ $refText: string }> }>, code: string): boolean {
    return grants.some(g => g.all || g.opds.some(r => r.$refText === code));
}
