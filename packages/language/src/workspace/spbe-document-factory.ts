import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type Mutable, type ParseResult, type TextDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { SourceProblems } from './source-problems.js';

/**
 * Remembers which editor version of its text each document was last parsed from. The editor's text
 * document is updated the moment a `didChange` arrives, but the document is re-parsed only when the
 * queued build starts, which waits for a running build (a slow-check run on save, say) to notice its
 * cancellation. A request answered in between would read the old syntax tree and give positions in
 * the old text for the editor to apply to the new one: a quick fix or a formatting edit in the wrong
 * place. The builder asks {@link isBehindEditor} and makes such requests wait.
 */
export class SpbeDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The version of the editor's text a document was parsed from; absent when it was read from disk. */
    private readonly parsedVersions = new WeakMap<LangiumDocument, number>();
    /** The version read by an update still parsing (committed only once the parse has finished). */
    private readonly readingVersions = new WeakMap<LangiumDocument, number | undefined>();

    /** `true` while an editor holds a version of `document`'s text other than the one it was parsed from. */
    isBehindEditor(document: LangiumDocument): boolean {
        const open = this.textDocuments?.get(document.uri.toString());
        return open !== undefined && open.version !== this.parsedVersions.get(document);
    }

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const updated = await super.update(document, cancellationToken);
        this.remember(document, this.readingVersions.get(document));
        return updated;
    }

    /**
     * The text an update parses: the editor's, else the file's. A file that is gone from disk while
     * its update waited (closed unsaved, or deleted) keeps the text it has: its deletion is on its
     * way (the close, the file watcher), where reading it failed the whole update.
     */
    protected override async getUpdatedText<T extends AstNode>(document: Mutable<LangiumDocument<T>>, textDocument: TextDocument | undefined, cancellationToken: CancellationToken): Promise<string> {
        // Called once per update, in the same turn as the text is read from `textDocument`.
        this.readingVersions.set(document, textDocument?.version);
        try {
            const text = await super.getUpdatedText(document, textDocument, cancellationToken);
            this.sourceProblems(document.uri).clear(document.uri.toString());
            return text;
        } catch (error) {
            if (!textDocument && (error as { code?: string } | undefined)?.code === 'ENOENT') {
                return parsedText(document) ?? '';
            }
            return this.unreadable(document.uri, error);
        }
    }

    /**
     * The text a file is first loaded with. A file that cannot be read (no permission, a lock, a
     * folder named `x.spbe`) becomes an empty document with a `syntax` finding saying why, as in
     * the CLI, where its error used to fail the server's whole start-up or every later build.
     */
    protected override async getInitialText(uri: URI, cancellationToken: CancellationToken): Promise<string> {
        try {
            const text = await super.getInitialText(uri, cancellationToken);
            this.sourceProblems(uri).clear(uri.toString());
            return text;
        } catch (error) {
            return this.unreadable(uri, error);
        }
    }

    private unreadable(uri: URI, error: unknown): string {
        this.sourceProblems(uri).recordUnreadable(uri.toString(), error instanceof Error ? error.message : String(error));
        return '';
    }

    private sourceProblems(uri: URI): SourceProblems {
        return (this.serviceRegistry.getServices(uri) as unknown as { spbe: { SourceProblems: SourceProblems } }).spbe.SourceProblems;
    }

    protected override createLangiumDocument<T extends AstNode = AstNode>(parseResult: ParseResult<T>, uri: URI, textDocument?: TextDocument, text?: string): LangiumDocument<T> {
        const document = super.createLangiumDocument(parseResult, uri, textDocument, text);
        this.remember(document, textDocument?.version);
        return document;
    }

    private remember(document: LangiumDocument, version: number | undefined): void {
        if (version === undefined) {
            this.parsedVersions.delete(document);
        } else {
            this.parsedVersions.set(document, version);
        }
    }
}

/** The text `document` was last parsed from (its syntax tree's), which may lag the editor's. */
export function parsedText(document: LangiumDocument): string | undefined {
    return document.parseResult.value.$cstNode?.root.fullText;
}
