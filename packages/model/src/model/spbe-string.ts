/**
 * The escapes of a `.spbe` string literal (spec §2: `\"`, `\\`, `\n`, `\t`, nothing else): the
 * character after the backslash → the character it stands for. The parser decodes with this table
 * and every writer of `.spbe` text encodes with it, so the two cannot drift apart.
 */
export const SpbeStringEscapes: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', n: '\n', t: '\t' };

const encodings = new Map(Object.entries(SpbeStringEscapes).map(([escape, char]) => [char, `\\${escape}`]));
const needsEscape = new RegExp(`[${[...encodings.keys()].map(c => c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : c).join('')}]`, 'g');

/**
 * A text as the body of a `.spbe` string literal (without the quotes). A carriage return has no
 * escape in the language, so line breaks of any style become `\n`.
 */
export function escapeString(text: string): string {
    return text.replace(/\r\n?/g, '\n').replace(needsEscape, c => encodings.get(c)!);
}
