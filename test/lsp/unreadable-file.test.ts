import { EmptyFileSystemProvider, URI } from 'langium';
import { expect, test } from 'vitest';
import { createSpbeServices, ensureBuiltinLibrary } from 'spbe-language';

/**
 * A file the server cannot read (no permission, a lock) becomes an empty document with a `syntax`
 * finding saying why, as in the CLI; it used to fail the server's start-up or every later build.
 */
test('an unreadable file is a syntax finding, not a failed build, and goes once it can be read', async () => {
    let locked = true;
    class LockedFileSystem extends EmptyFileSystemProvider {
        override async readFile(uri: URI): Promise<string> {
            if (locked) {
                throw Object.assign(new Error(`EACCES: permission denied, open '${uri.fsPath}'`), { code: 'EACCES' });
            }
            return 'opd A "Dinas A" {\n    pic "p"\n}\n';
        }
    }
    const { shared } = createSpbeServices({ fileSystemProvider: () => new LockedFileSystem() });
    await ensureBuiltinLibrary(shared);
    const uri = URI.file('/ruang-kerja/opd/a.spbe');
    const document = await shared.workspace.LangiumDocumentFactory.fromUri(uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    expect(document.diagnostics?.map(d => [d.code, d.message])).toEqual([['syntax', expect.stringContaining('EACCES: permission denied')]]);

    // Readable again: the next update reads it and the finding goes.
    locked = false;
    await shared.workspace.DocumentBuilder.update([uri], []);
    expect(document.diagnostics?.map(d => d.code)).not.toContain('syntax');

    // Locked again while the workspace is edited: the update completes with the finding back.
    locked = true;
    await shared.workspace.DocumentBuilder.update([uri], []);
    expect(document.diagnostics?.map(d => d.code)).toContain('syntax');
});
