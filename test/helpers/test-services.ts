import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import { createSpbeServices, ensureBuiltinLibrary, type SpbeServices, type Workspace } from 'spbe-language';

export interface TestWorkspace {
    readonly services: SpbeServices;
    /** Parses, links and fully validates the files (path → text) as one workspace. */
    load(files: Record<string, string>): Promise<LoadedWorkspace>;
    clear(): Promise<void>;
}

export interface LoadedWorkspace {
    readonly documents: Record<string, LangiumDocument<Workspace>>;
    diagnostics(path?: string): Diagnostic[];
    codes(path?: string): string[];
}

let counter = 0;

export function createTestWorkspace(): TestWorkspace {
    const services = createSpbeServices(EmptyFileSystem).Spbe;
    return {
        services,
        async load(files) {
            await ensureBuiltinLibrary(services.shared);
            const root = `file:///ws${++counter}/`;
            const documents: Record<string, LangiumDocument<Workspace>> = {};
            for (const [path, text] of Object.entries(files)) {
                const doc = services.shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, URI.parse(root + path));
                services.shared.workspace.LangiumDocuments.addDocument(doc);
                documents[path] = doc;
            }
            await services.shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
            const diagnostics = (path?: string) =>
                (path ? [documents[path]] : Object.values(documents)).flatMap(d => d.diagnostics ?? []);
            return {
                documents,
                diagnostics,
                codes: path => diagnostics(path).map(d => String(d.code))
            };
        },
        async clear() {
            const builtin = services.shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme !== 'file').toArray();
            await clearDocuments(services.shared, services.shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').toArray());
            void builtin;
        }
    };
}
