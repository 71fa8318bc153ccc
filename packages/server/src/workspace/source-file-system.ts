import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { URI } from 'langium';
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
}

/** The file system module for `createSpbeServices` (server) and `createSpbeCoreServices` (CLI) in Node. */
export const SourceFileSystem = {
    fileSystemProvider: () => new SourceFileSystemProvider()
};
