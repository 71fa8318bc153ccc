import { CstUtils, type LangiumDocument } from 'langium';

/**
 * Limits on input that must exist. Beyond them the tools would still run (in linear time), but every
 * output would repeat the oversized text, so they refuse with a diagnostic instead of a crash.
 */
export const InputLimits = {
    /** Longest string literal (a title, a description), in characters, quotes included. */
    stringChars: 1_000_000,
    /** Largest `.spbe` file the CLI loads, in bytes; a larger file becomes a `syntax` diagnostic and is not parsed. */
    fileBytes: 32 * 1024 * 1024
} as const;

/** Each string literal longer than {@link InputLimits.stringChars}: its start offset and length. Linear in the file. */
export function oversizedStrings(document: LangiumDocument, limit: number = InputLimits.stringChars): Array<{ offset: number; length: number }> {
    // Only a text longer than the limit can hold such a literal: the common case costs nothing.
    const root = document.parseResult.value.$cstNode;
    if (document.textDocument.getText().length <= limit || !root) {
        return [];
    }
    const found: Array<{ offset: number; length: number }> = [];
    for (const node of CstUtils.streamCst(root)) {
        if (node.length > limit && node.text.startsWith('"') && !('content' in node)) {
            found.push({ offset: node.offset, length: node.length });
        }
    }
    return found;
}
