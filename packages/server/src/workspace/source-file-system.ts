import { readFileSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import type { FileSystemNode, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { decodeUtf8 } from 'spbe-language/core';

/**
 * Langium's Node file system, but text is decoded exactly as the CLI decodes it (`decodeUtf8`: a
 * leading BOM dropped, bad bytes replaced). VS Code also drops the BOM, so positions the server
 * computes on a closed file match what the editor shows once it is opened.
 */
export class SourceFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return decodeUtf8(await readFile(uri.fsPath)).text;
    }

    override readFileSync(uri: URI): string {
        return decodeUtf8(readFileSync(uri.fsPath)).text;
    }

    /**
     * A symbolic link is neither file nor folder, as when Langium lists a folder at start-up (and
     * the CLI): a link the file watcher reports is then skipped too, where following it loaded a
     * file from outside the workspace, or the workspace again through a link to its own root.
     */
    override async stat(uri: URI): Promise<FileSystemNode> {
        const stat = await lstat(uri.fsPath);
        return { uri, isFile: stat.isFile(), isDirectory: stat.isDirectory() };
    }
}

/** The file system module for `createSpbeServices` (server) and `createSpbeCoreServices` (CLI) in Node. */
export const SourceFileSystem = {
    fileSystemProvider: () => new SourceFileSystemProvider()
};
