import { AstUtils, URI, UriUtils } from 'langium';
import type { SpbeServices } from '../spbe-module.js';

/**
 * How a file is named to the user (`opd/dinsos.spbe`): relative to the workspace folder that holds
 * it, else to the pemda's folder, else its base name.
 */
export function displayPath(services: SpbeServices, uri: URI | string): string {
    const target = typeof uri === 'string' ? URI.parse(uri) : uri;
    const folders = services.shared.workspace.WorkspaceManager.workspaceFolders ?? [];
    const roots = folders.map(f => URI.parse(f.uri));
    const pemda = services.spbe.WorkspaceFacts.get().pemda;
    if (pemda) {
        roots.push(UriUtils.dirname(AstUtils.getDocument(pemda).uri));
    }
    const root = roots.find(r => UriUtils.contains(r, target));
    return root ? UriUtils.relative(root, target) : UriUtils.basename(target);
}
