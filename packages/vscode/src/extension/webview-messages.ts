import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A request from a webview to show a place in a `.spbe` file (0-based line and character). */
export interface OpenRequest {
    readonly fsPath: string;
    readonly line: number;
    readonly character: number;
}

function inside(folder: string, file: string): boolean {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Webviews render workspace content that may be hostile, so their messages are untrusted input: an
 * `open` request is honoured only for a `.spbe` file inside the workspace folder, given as a `file:`
 * URI or a folder-relative path, at a non-negative whole line.
 */
export function parseOpenRequest(folder: string, message: unknown): OpenRequest | undefined {
    if (typeof message !== 'object' || message === null) {
        return undefined;
    }
    const { type, uri, file, line, character } = message as Record<string, unknown>;
    if (type !== 'open' || !isIndex(line) || (character !== undefined && !isIndex(character))) {
        return undefined;
    }
    let fsPath: string | undefined;
    try {
        if (typeof uri === 'string') {
            fsPath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
        } else if (typeof file === 'string' && !path.isAbsolute(file)) {
            fsPath = path.resolve(folder, file);
        }
    } catch {
        return undefined;
    }
    if (!fsPath || !fsPath.endsWith('.spbe') || fsPath.includes('\0') || !inside(path.resolve(folder), path.resolve(fsPath))) {
        return undefined;
    }
    return { fsPath: path.resolve(fsPath), line: line as number, character: (character as number | undefined) ?? 0 };
}

function isIndex(value: unknown): boolean {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000_000;
}
