import {
    DefaultDocumentValidator, interruptAndCheck, isOperationCancelled, OperationCancelled, type AstNode, type DiagnosticInfo, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions
} from 'langium';
import { URI } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { describeTarget, referenceTarget } from '../references/reference-targets.js';
import type { SpbeLinker } from '../references/spbe-linker.js';
import { appendAll } from 'spbe-model';
import { collapseCheckFailures, errorDetail, internalFailureMessage, type InternalFailureData } from './internal-failure.js';
import { kindKeyword } from 'spbe-model';
import { owningOpd } from '../references/spbe-naming.js';
import type { SpbeSymbolTable } from '../references/spbe-symbol-table.js';
import type { SpbeSettings } from '../spbe-settings.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { decodeUtf8 } from '../workspace/utf8.js';
import { pushChildrenReversed } from '../workspace/ast-walk.js';
import type { SpbeValidationRegistry } from './spbe-validation-registry.js';
import { InputLimits, oversizedStrings } from '../workspace/input-limits.js';
import { unknownEscapesIn } from '../parser/string-escapes.js';
import { unreadableNumbersIn } from '../parser/number-literals.js';
import { decodeSyntaxProblem } from '../parser/syntax-problems.js';
import { syntaxProblemMessage } from '../parser/syntax-message.js';
import type { SourceProblems } from '../workspace/source-problems.js';
import { IssueCatalog, issueSeverity } from 'spbe-model';
import { IssueCodes, issueDocumentationUrl, type IssueCode } from 'spbe-model';
import { groupDigits, message, shownName, shownText, suggestSpbeNumber, misplacedUnderscore } from 'spbe-model';

/**
 * Gives Langium's own diagnostics (lexer, parser, linker) the spec's codes and localized messages,
 * adds file-level problems (unreadable files, invalid UTF-8) and skips the read-only library.
 */
export class SpbeDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: SpbeSettings;
    private readonly symbols: SpbeSymbolTable;
    private readonly problems: SourceProblems;
    private readonly services: SpbeCoreServices;
    private readonly linker: SpbeLinker;

    constructor(services: SpbeCoreServices) {
        super(services);
        this.services = services;
        this.linker = services.references.Linker as SpbeLinker;
        this.settings = services.spbe.Settings;
        this.symbols = services.spbe.SymbolTable;
        this.problems = services.spbe.SourceProblems;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        if (isBuiltinDocument(document)) {
            return [];
        }
        const reuseKey = this.fastReuseKey(document, options);
        const cached = reuseKey !== undefined ? this.fastResults.get(document.uri.toString()) : undefined;
        if (cached && cached.key === reuseKey) {
            return this.keepSlowFindings(document, options, cached.diagnostics.map(d => ({ ...d })));
        }
        const diagnostics = await this.fileProblemsFirst(document, options, await this.validateWhole(document, options, cancelToken));
        if (reuseKey !== undefined) {
            this.fastResults.set(document.uri.toString(), { key: reuseKey, diagnostics: diagnostics.map(d => ({ ...d })) });
        }
        return this.keepSlowFindings(document, options, diagnostics);
    }

    /**
     * Langium's own version logs and drops an exception from the checks (a stack overflow, a bug)
     * and then returns the file as clean; it also spreads all findings into one call, which
     * overflows the stack at about 120k findings. Here the findings are appended one by one, and an
     * exception that escapes becomes an `internal-error` diagnostic on the file, kept with the
     * findings that were complete before it (checks that throw are already contained per check by
     * the registry).
     */
    private async validateWhole(document: LangiumDocument, options: ValidationOptions, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        let stage = 'parsing';
        try {
            if (!options.categories || options.categories.includes('built-in')) {
                this.processLexingErrors(parseResult, diagnostics, options);
                this.processParsingErrors(parseResult, diagnostics, options);
                stage = 'linking';
                this.processLinkingErrors(document, diagnostics, options);
            }
            stage = 'validation';
            appendAll(diagnostics, collapseCheckFailures(await this.validateAst(parseResult.value, options, cancelToken), this.settings.locale));
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            diagnostics.push(this.stageFailure(document, stage, error));
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /**
     * Langium's loop over the nodes, with plain loops instead of streams, a check's result awaited
     * only when it is a promise (almost all checks are synchronous), and the event loop given a turn
     * (or the run stopped when cancelled) every {@link yieldEvery} nodes instead of at each node:
     * the awaits per node and per check were a large share of a cold `spbe validate`.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const cancellable = cancelToken !== CancellationToken.None;
        const registry = this.validationRegistry as SpbeValidationRegistry;
        const stack: AstNode[] = [rootNode];
        for (let count = 0; stack.length > 0; count++) {
            if (cancellable) {
                if (count % yieldEvery === 0) {
                    await interruptAndCheck(cancelToken);
                } else if (cancelToken.isCancellationRequested) {
                    throw OperationCancelled;
                }
            }
            const node = stack.pop()!;
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of registry.checksFor(node.$type, options.categories)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result instanceof Promise) {
                        await result;
                    }
                }
            }
            if (nodeOptions.validateChildren) {
                pushChildrenReversed(node, stack);
            }
        }
    }

    private async fileProblemsFirst(document: LangiumDocument, options: ValidationOptions, diagnostics: Diagnostic[]): Promise<Diagnostic[]> {
        if (options.categories && !options.categories.includes('built-in')) {
            return diagnostics;
        }
        const problems = await this.fileProblems(document);
        if (this.utf16.delete(document.uri.toString())) {
            // A UTF-16 file read as UTF-8 is noise from its first byte on: the one "not valid UTF-8" diagnostic says it all.
            return problems;
        }
        return problems.length === 0 ? diagnostics : appendAll(problems, diagnostics);
    }

    /** An `internal-error` at the start of the file: `stage` failed as a whole for this document. */
    private stageFailure(document: LangiumDocument, stage: string, error: unknown): Diagnostic {
        const data: InternalFailureData = { code: IssueCodes.InternalError, stage, detail: errorDetail(error) };
        return this.toDiagnostic(issueSeverity(IssueCodes.InternalError), internalFailureMessage(data, this.settings.locale), {
            node: document.parseResult.value,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            code: IssueCodes.InternalError,
            data
        });
    }

    private readonly fastResults = new Map<string, { key: string; diagnostics: Diagnostic[] }>();

    /**
     * An edit makes Langium relink and revalidate every document that refers to the edited one. The
     * fast checks of such a document depend only on its own text, on which of its references
     * resolve (and to what), on the pemda's reference settings and on the message language; when
     * all of these are unchanged its previous fast diagnostics are still exact and are reused.
     * Only for fast-only runs (the editor while typing); full runs always validate.
     */
    private fastReuseKey(document: LangiumDocument, options: ValidationOptions): string | undefined {
        const categories = options.categories;
        // Unresolved-reference messages suggest names from other files, so those are always recomputed.
        if (!categories || categories.includes('slow') || !categories.includes('built-in') || document.uri.scheme !== 'file'
            || document.references.some(r => r.error !== undefined)) {
            return undefined;
        }
        const facts = this.services.spbe.WorkspaceFacts.get();
        const links = document.references.map(r => {
            const d = 'ref' in r ? r.$nodeDescription : undefined;
            return `${d?.documentUri.toString()}#${d?.path}`;
        }).join('|');
        return [this.settings.locale, this.settings.docsBaseUrl ?? '', facts.referenceVersion, [...facts.localCodes].join(','),
            categories.join(','), document.textDocument.getText(), links].join('\u0000');
    }

    /**
     * In the editor, edits and file opens rebuild documents with the fast checks only; the slow ones
     * run on save (spec §5.5). A document whose text is unchanged since its last full run keeps
     * that run's slow findings instead of losing them until the next save; once its text changes
     * they are dropped, since their positions may no longer be right. With `slowChecks` off they
     * are dropped too: nothing would ever update them.
     */
    private keepSlowFindings(document: LangiumDocument, options: ValidationOptions, diagnostics: Diagnostic[]): Diagnostic[] {
        const uri = document.uri.toString();
        const text = document.textDocument.getText();
        const ranSlow = !options.categories || options.categories.includes('slow');
        if (ranSlow) {
            this.slowFindings.set(uri, { text, diagnostics: diagnostics.filter(d => isSlowCode(d.code)) });
            return diagnostics;
        }
        const previous = this.slowFindings.get(uri);
        if (previous?.text === text && options.categories?.includes('built-in') && this.settings.slowChecks !== 'off') {
            return [...diagnostics, ...previous.diagnostics];
        }
        return diagnostics;
    }

    private readonly slowFindings = new Map<string, { text: string; diagnostics: Diagnostic[] }>();

    /** Whether the last run of every check on `uri` read `text` (its slow findings are about it). */
    checkedWithSlowChecks(uri: string, text: string): boolean {
        return this.slowFindings.get(uri)?.text === text;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        this.recode(diagnostics, start);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.recode(diagnostics, start);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const info = error.info;
            if (!this.linker.isUnresolvedName(error)) {
                // Resolving the name threw: a bug, not a misspelled name.
                const data: InternalFailureData = { code: IssueCodes.InternalError, stage: 'linking', detail: error.message };
                diagnostics.push(this.toDiagnostic(issueSeverity(IssueCodes.InternalError), internalFailureMessage(data, this.settings.locale), {
                    node: info.container, range: reference.$refNode?.range, property: info.property, index: info.index,
                    code: IssueCodes.InternalError, data
                }));
                continue;
            }
            const name = info.reference.$refText;
            const target = referenceTarget(info);
            diagnostics.push(this.toDiagnostic(issueSeverity(IssueCodes.UnresolvedReference), message(IssueCodes.UnresolvedReference, this.settings.locale, {
                kind: describeTarget(target), name, hint: this.hint(name, target.namespace, info.container)
            }), {
                node: info.container,
                range: reference.$refNode?.range,
                property: info.property,
                index: info.index,
                code: IssueCodes.UnresolvedReference,
                data: { code: IssueCodes.UnresolvedReference, refText: name, namespace: target.namespace, kinds: target.kinds, jenis: target.jenis }
            }));
        }
    }

    override toDiagnostic<N extends AstNode>(severity: 'error' | 'warning' | 'info' | 'hint', text: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const diagnostic = super.toDiagnostic(severity, text, info);
        const code = diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code;
        if (typeof code === 'string') {
            diagnostic.code = code;
            if (this.settings.docsBaseUrl) {
                diagnostic.codeDescription = { href: issueDocumentationUrl(code, this.settings.docsBaseUrl) };
            }
        }
        diagnostic.source = 'spbe';
        return diagnostic;
    }

    /** Points at the right spelling when the name exists as another kind or in another OPD. */
    private hint(name: string, namespace: string, container: AstNode): string {
        const locale = this.settings.locale;
        if (namespace !== 'element') {
            return '';
        }
        const owner = owningOpd(container)?.name;
        const key = name.includes('.') || !owner ? name : `${owner}.${name}`;
        const exact = this.symbols.lookup('element', key);
        if (exact.length > 0) {
            return message('hint-wrong-kind', locale, { name, actual: kindKeyword(exact[0].type) });
        }
        if (!name.includes('.')) {
            const qualified = this.symbols.withSimpleName(name).slice(0, 3).map(d => shownName(d.name));
            if (qualified.length > 0) {
                return message('hint-qualify', locale, { candidates: qualified.join(', ') });
            }
        }
        return '';
    }

    private recode(diagnostics: Diagnostic[], from: number): void {
        for (let i = from; i < diagnostics.length; i++) {
            const d = diagnostics[i];
            d.code = IssueCodes.Syntax;
            d.data = { code: IssueCodes.Syntax };
            d.source = 'spbe';
            const text = typeof d.message === 'string' ? d.message : d.message.value;
            const problem = decodeSyntaxProblem(text);
            // Every parser and lexer error carries a problem (parser/syntax-problems.ts); anything else is cut to one short line.
            const detail = problem ? syntaxProblemMessage(problem, this.settings.locale) : shownText(text, ShownDetailMax);
            d.message = message(IssueCodes.Syntax, this.settings.locale, { detail });
            if (this.settings.docsBaseUrl) {
                d.codeDescription = { href: issueDocumentationUrl(IssueCodes.Syntax, this.settings.docsBaseUrl) };
            }
        }
    }

    // Documents whose bytes start with a UTF-16 byte-order mark, found by fileProblems for fileProblemsFirst.
    private readonly utf16 = new Set<string>();

    private async fileProblems(document: LangiumDocument): Promise<Diagnostic[]> {
        const locale = this.settings.locale;
        const unreadable = this.problems.unreadableReason(document.uri.toString());
        if (unreadable !== undefined) {
            const whole = this.problems.wholeMessage(document.uri.toString());
            return [this.fileDiagnostic(document, 0, whole ?? message('syntax-unreadable', locale, { detail: unreadable }))];
        }
        const text = document.textDocument.getText();
        const stringProblems = oversizedStrings(document).map(s => this.fileDiagnostic(document, s.offset,
            message('syntax-string-too-long', locale, { length: groupDigits(s.length, locale), limit: groupDigits(InputLimits.stringChars, locale) })));
        for (const escape of unknownEscapesIn(document)) {
            stringProblems.push(this.fileDiagnostic(document, escape.offset, message('syntax-unknown-escape', locale, { escape: escape.text }), escape.text.length));
        }
        for (const number of unreadableNumbersIn(document)) {
            const suggestion = suggestSpbeNumber(number.text);
            if (misplacedUnderscore(number.text)) {
                stringProblems.push(this.fileDiagnostic(document, number.offset, message('syntax-number-underscore', locale, {
                    number: shownText(number.text), digits: shownText(suggestion?.dotted ?? '')
                }), number.text.length));
                continue;
            }
            stringProblems.push(this.fileDiagnostic(document, number.offset, message('syntax-number', locale, {
                number: shownText(number.text), dotted: shownText(suggestion?.dotted ?? ''), underscored: shownText(suggestion?.underscored ?? '')
            }), number.text.length));
        }
        // Invalid bytes only ever show up as U+FFFD; only then is it worth re-reading the raw bytes.
        if (document.uri.scheme !== 'file' || !text.includes('\uFFFD')) {
            return stringProblems;
        }
        let invalidAt: number | undefined;
        try {
            const bytes = await this.services.shared.workspace.FileSystemProvider.readBinary(URI.parse(document.uri.toString()));
            const decoded = decodeUtf8(bytes);
            if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
                this.utf16.add(document.uri.toString());
            }
            invalidAt = decoded.invalidAt === undefined ? undefined : decoded.invalidAt + (text.charCodeAt(0) === 0xfeff ? 1 : 0);
        } catch {
            // The file changed or vanished since it was read: the replacement character is the best clue left.
            invalidAt = text.indexOf('\uFFFD');
        }
        return invalidAt === undefined ? stringProblems : [this.fileDiagnostic(document, invalidAt, message('syntax-utf8', locale)), ...stringProblems];
    }

    private fileDiagnostic(document: LangiumDocument, offset: number, text: string, length = 1): Diagnostic {
        const position = document.textDocument.positionAt(offset);
        return this.toDiagnostic(issueSeverity(IssueCodes.Syntax), text, {
            node: document.parseResult.value,
            range: { start: position, end: { line: position.line, character: position.character + length } },
            code: IssueCodes.Syntax,
            data: { code: IssueCodes.Syntax }
        });
    }
}

// A message from neither provider (none is known) is shown at most this long.
const ShownDetailMax = 200;

function isSlowCode(code: Diagnostic['code']): boolean {
    return typeof code === 'string' && IssueCatalog[code as IssueCode]?.slow === true;
}

/** Nodes checked between two chances for the event loop to run (Langium's own check yields at most every 10 ms). */
const yieldEvery = 64;
