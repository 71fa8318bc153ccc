import type { LangiumCoreServices } from 'langium';
import { lineBreakOf } from 'spbe-language';
import { isOpd, type Workspace } from 'spbe-language';
import type { Locale } from 'spbe-model';

/** An import that would change more than the OPD blocks it owns: refused, nothing written. */
export class SpliceRefusedError extends Error { }

/** A top-level `opd` declaration: its code and its text range (from `opd` to the closing brace). */
export interface OpdBlock {
    readonly code: string;
    readonly start: number;
    readonly end: number;
    /** 1-based line of `opd`, for messages. */
    readonly line: number;
}

export interface ParsedSource {
    /** Text without the byte-order mark. */
    readonly body: string;
    readonly bom: boolean;
    /** The line break the file uses (its first one; `\n` when it has none). */
    readonly eol: '\n' | '\r\n';
    readonly blocks: readonly OpdBlock[];
    /** Comments (`//`, `/* … *\/`, not `/** … *\/` doc comments) with their offsets. */
    readonly comments: ReadonlyArray<{ readonly text: string; readonly offset: number }>;
}

const messages = {
    syntax: {
        id: (file: string) => `${file} berisi galat sintaks; perbaiki dulu agar impor dapat mengganti hanya blok OPD-nya tanpa menyentuh isi lain.`,
        en: (file: string) => `${file} has syntax errors; fix them first, so that the import can replace only its OPD block and keep the rest.`
    },
    twice: {
        id: (file: string, code: string, lines: string) => `${file}: OPD ${code} dideklarasikan lebih dari sekali (baris ${lines}); gabungkan dulu.`,
        en: (file: string, code: string, lines: string) => `${file}: OPD ${code} is declared more than once (lines ${lines}); merge the blocks first.`
    },
    comment: {
        id: (file: string, line: number, code: string) => `${file}:${line}: komentar di dalam blok OPD ${code} tidak ada di inventaris dan akan hilang; pindahkan ke atas baris 'opd ${code}' lalu impor lagi.`,
        en: (file: string, line: number, code: string) => `${file}:${line}: a comment inside OPD ${code}'s block is not in the inventory and would be lost; move it above the 'opd ${code}' line and import again.`
    }
};

/**
 * Reads one `.spbe` text for splicing: where its OPD blocks and comments are, its line break and BOM.
 *
 * @throws SpliceRefusedError when the text does not parse (its blocks could not be told apart).
 */
export function parseSource(services: LangiumCoreServices, text: string, file: string, locale: Locale): ParsedSource {
    const bom = text.startsWith('\uFEFF');
    const body = bom ? text.slice(1) : text;
    const parsed = services.parser.LangiumParser.parse<Workspace>(body);
    if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) {
        throw new SpliceRefusedError(messages.syntax[locale](file));
    }
    const blocks = parsed.value.declarations.filter(isOpd).flatMap(opd => opd.$cstNode ? [{
        code: opd.name, start: opd.$cstNode.offset, end: opd.$cstNode.end, line: opd.$cstNode.range.start.line + 1
    }] : []);
    const comments = commentsIn(services, body);
    return { body, bom, eol: lineBreakOf(body), blocks, comments };
}

/** The comments of a text (not doc comments), line breaks as LF so that texts in LF and CRLF compare. */
function commentsIn(services: LangiumCoreServices, text: string): Array<{ text: string; offset: number }> {
    return services.parser.Lexer.tokenize(text).hidden
        .filter(t => (t.tokenType.name === 'SL_COMMENT' || t.tokenType.name === 'ML_COMMENT') && !t.image.startsWith('/**'))
        .map(t => ({ text: t.image.replace(/\r\n/g, '\n'), offset: t.startOffset }));
}

/**
 * `source` with the block of each OPD in `replacements` replaced by its new text (or appended at the
 * end when the file has none), every other byte as it was: comments, order, line breaks, BOM. The new
 * blocks take the file's line break.
 *
 * @param replacements OPD code → the block's new text (`opd CODE … { … }`, formatted; trailing break optional).
 * @throws SpliceRefusedError when an OPD is declared twice in the file, or when a comment inside a
 * replaced block would be lost (comments are kept only when the new block has the same comment).
 */
export function spliceOpdBlocks(services: LangiumCoreServices, source: ParsedSource, replacements: ReadonlyMap<string, string>, file: string, locale: Locale): string {
    const { body, eol } = source;
    const edits: Array<{ start: number; end: number; text: string }> = [];
    const appended: string[] = [];
    for (const [code, block] of replacements) {
        const text = block.replace(/\r?\n/g, '\n').replace(/\n+$/, '').replace(/\n/g, eol);
        const found = source.blocks.filter(b => b.code === code);
        if (found.length > 1) {
            throw new SpliceRefusedError(messages.twice[locale](file, code, found.map(b => b.line).join(', ')));
        }
        if (found.length === 0) {
            appended.push(text);
            continue;
        }
        const [old] = found;
        const kept = new Set(commentsIn(services, block).map(c => c.text));
        const lost = source.comments.find(c => c.offset >= old.start && c.offset < old.end && !kept.has(c.text));
        if (lost) {
            throw new SpliceRefusedError(messages.comment[locale](file, lineAt(body, lost.offset), code));
        }
        edits.push({ start: old.start, end: old.end, text });
    }
    let result = '';
    let at = 0;
    for (const edit of edits.sort((a, b) => a.start - b.start)) {
        result += body.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    result += body.slice(at);
    for (const text of appended) {
        const separator = result.length === 0 ? '' : result.endsWith('\n') ? eol : eol + eol;
        result += `${separator}${text}${eol}`;
    }
    return (source.bom ? '\uFEFF' : '') + result;
}

function lineAt(text: string, offset: number): number {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
    }
    return line;
}
