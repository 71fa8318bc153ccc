import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { NasionalLibrarySource, NasionalLibraryUri } from 'spbe-model';

export const BuiltinScheme = 'spbe-builtin';

export function isBuiltinDocument(document: LangiumDocument | { uri: URI }): boolean {
    return document.uri.scheme === BuiltinScheme;
}

export function createBuiltinDocument(shared: LangiumSharedCoreServices): LangiumDocument {
    return shared.workspace.LangiumDocumentFactory.fromString(NasionalLibrarySource, URI.parse(NasionalLibraryUri));
}

/**
 * Adds the `nasional` library to a service container that was not started through the language
 * server's workspace initialization (CLI, tests) and indexes it, so references to it resolve.
 */
export async function ensureBuiltinLibrary(shared: LangiumSharedCoreServices): Promise<LangiumDocument> {
    const documents = shared.workspace.LangiumDocuments;
    const uri = URI.parse(NasionalLibraryUri);
    if (documents.hasDocument(uri)) {
        return documents.getDocument(uri)!;
    }
    const document = createBuiltinDocument(shared);
    documents.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return document;
}
