import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper, validationHelper, type ValidationResult } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import { createSpbeServices, ensureBuiltinLibrary, type SpbeServices, type Workspace } from 'spbe-language';

export interface LoadedFiles {
    readonly documents: Record<string, LangiumDocument<Workspace>>;
    diagnostics(path?: string): Diagnostic[];
    /** Diagnostic codes, optionally only those of one file. */
    codes(path?: string): string[];
    /** The diagnostics with one code. */
    withCode(code: string, path?: string): Diagnostic[];
}

export interface TestServices {
    readonly services: SpbeServices;
    /** Parses one document (linked, not validated). */
    parse(text: string): Promise<LangiumDocument<Workspace>>;
    /** Parses and validates one document with all checks (langium/test validationHelper). */
    validate(text: string): Promise<ValidationResult<Workspace>>;
    /** Parses, links and validates several files (path → text) as one workspace. */
    load(files: Record<string, string>): Promise<LoadedFiles>;
    /** Removes every user document (the built-in library stays). */
    clear(): Promise<void>;
}

let workspaceCounter = 0;

export function createTestServices(): TestServices {
    const services = createSpbeServices(EmptyFileSystem).Spbe;
    const shared = services.shared;
    const parse = parseHelper<Workspace>(services);
    const validate = validationHelper<Workspace>(services);
    return {
        services,
        async parse(text) {
            await ensureBuiltinLibrary(shared);
            return parse(text);
        },
        async validate(text) {
            await ensureBuiltinLibrary(shared);
            return validate(text);
        },
        async load(files) {
            await ensureBuiltinLibrary(shared);
            const root = `file:///ws${++workspaceCounter}/`;
            const documents: Record<string, LangiumDocument<Workspace>> = {};
            for (const [path, text] of Object.entries(files)) {
                const document = shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, URI.parse(root + path));
                shared.workspace.LangiumDocuments.addDocument(document);
                documents[path] = document;
            }
            await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
            const diagnostics = (path?: string) => (path ? [documents[path]] : Object.values(documents)).flatMap(d => d.diagnostics ?? []);
            return {
                documents,
                diagnostics,
                codes: path => diagnostics(path).map(d => String(d.code)),
                withCode: (code, path) => diagnostics(path).filter(d => d.code === code)
            };
        },
        async clear() {
            const userDocuments = shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme !== 'spbe-builtin').toArray();
            await clearDocuments(shared, userDocuments);
        }
    };
}

/** `[line:col..line:col] code: message` (1-based), for readable assertion failures. */
export function describeDiagnostic(d: Diagnostic): string {
    const r = d.range;
    return `[${r.start.line + 1}:${r.start.character + 1}..${r.end.line + 1}:${r.end.character + 1}] ${d.code}: ${d.message}`;
}

/** The source text a diagnostic's range covers. */
export function rangeText(document: LangiumDocument, d: Diagnostic): string {
    return document.textDocument.getText(d.range);
}

/** Splits `<|>` out of a text: the text without the marker and the marker's offset. */
export function cursor(text: string): { text: string; offset: number } {
    const offset = text.indexOf('<|>');
    if (offset < 0) {
        throw new Error('no <|> marker');
    }
    return { text: text.replace('<|>', ''), offset };
}
