import { EmptyFileSystem, URI } from 'langium';
import { expect, test } from 'vitest';
import { createSpbeServices } from 'spbe-language';
import { sortWatchedFileEvents } from '../../packages/language/src/lsp/watched-file-events.js';
import type { SpbeWorkspaceManager } from '../../packages/language/src/workspace/spbe-workspace-manager.js';

/** Which watched paths the workspace holds (the rule start-up applies to folders), in any spelling. */
test('the workspace includes paths in its folders, in any drive-letter case, and never below .history, node_modules or out', () => {
    const { shared } = createSpbeServices(EmptyFileSystem);
    const manager = shared.workspace.WorkspaceManager as SpbeWorkspaceManager;
    // Before any folder is known (a client that sent rootUri only), every path is included.
    expect(manager.includes(URI.parse('file:///anywhere/a.spbe'))).toBe(true);
    manager.changeFolders([{ uri: 'file:///C:/pemda/ruang-kerja', name: 'ws' }], []);
    const includes = (uri: string) => manager.includes(URI.parse(uri));
    expect(includes('file:///c%3A/pemda/ruang-kerja/opd/a.spbe')).toBe(true);
    expect(includes('file:///C:/pemda/ruang-kerja/opd/b(1).spbe')).toBe(true);
    expect(includes('file:///C:/pemda/ruang-kerja/.history/opd/a_1.spbe')).toBe(false);
    expect(includes('file:///C:/pemda/ruang-kerja/node_modules/x/a.spbe')).toBe(false);
    expect(includes('file:///C:/pemda/ruang-kerja/out/a.spbe')).toBe(false);
    expect(includes('file:///C:/pemda/lain/a.spbe')).toBe(false);
    expect(includes('file:///')).toBe(false);
    expect(includes('untitled:Untitled-1')).toBe(false);
    manager.changeFolders([], [{ uri: 'file:///c%3A/pemda/ruang-kerja', name: 'ws' }]);
    expect(includes('file:///C:/pemda/ruang-kerja/opd/a.spbe')).toBe(true); // no folder left: nothing to judge against
});

test('the last event of a path wins, a deletion then a creation is a replacement; one spelling per file; an open file only ever changes; empty URIs are dropped', () => {
    const open = new Set(['file:///w/opd/open.spbe']);
    const sorted = sortWatchedFileEvents([
        { uri: 'file:///w/opd/b.spbe', type: 3 }, { uri: 'file:///w/opd/b.spbe', type: 1 }, // a save by rename and write
        { uri: 'file:///w/opd/c.spbe', type: 1 }, { uri: 'file:///w/opd/c.spbe', type: 3 },
        { uri: 'file:///w/opd/d(1).spbe', type: 2 }, { uri: 'FILE://localhost/w/opd/./x/../d%281%29.spbe', type: 3 },
        { uri: 'file:///w/opd//e.spbe', type: 2 },
        { uri: 'file:///w/opd/open.spbe', type: 3 }, { uri: 'file:///w/opd/./open.spbe', type: 2 },
        { uri: '', type: 2 }, { uri: 'file://', type: 3 }
    ], () => true, uri => open.has(uri.toString()));
    expect(sorted.changed.map(String)).toEqual(['file:///w/opd/e.spbe']);
    expect(sorted.replaced.map(String)).toEqual(['file:///w/opd/b.spbe']);
    expect(sorted.deleted.map(String)).toEqual(['file:///w/opd/c.spbe', 'file:///w/opd/d%281%29.spbe']);
    expect(sorted.openChanged.map(String)).toEqual(['file:///w/opd/open.spbe']);
});
