import type { Locale } from 'spbe-model';

/**
 * Commander's usage errors (unknown option, missing value, invalid choice…) in the user's language.
 * Commander writes English; in Indonesian each known message shape is rewritten, with the same
 * option names and values, and an unknown shape is left as it is rather than guessed.
 */
const indonesian: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
    [/^error: missing required argument '(.+)'/, name => `galat: argumen wajib '${name}' belum diberikan`],
    [/^error: option '(.+)' argument missing/, flags => `galat: opsi '${flags}' memerlukan nilai`],
    [/^error: required option '(.+)' not specified/, flags => `galat: opsi wajib '${flags}' belum diberikan`],
    [/^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?/, (flag, hint) => `galat: opsi '${flag}' tidak dikenal${hint ? ` (maksud Anda ${hint}?)` : ''}`],
    [/^error: unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?/, (name, hint) => `galat: perintah '${name}' tidak dikenal${hint ? ` (maksud Anda ${hint}?)` : ''}`],
    [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+): (.*)\./s,
        (command, expected, got, details) => `galat: terlalu banyak argumen${command ? ` untuk '${command}'` : ''}: diharapkan ${expected}, diberikan ${got}: ${details}.`],
    [/^error: option '(.+)' argument '(.*)' is invalid\. ?(.*)/s, (flags, value, reason) => `galat: nilai '${value}' untuk opsi '${flags}' tidak sah. ${reasonIn(reason)}`],
    [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\. ?(.*)/s, (value, name, reason) => `galat: nilai '${value}' untuk argumen '${name}' tidak sah. ${reasonIn(reason)}`]
];

function reasonIn(reason: string): string {
    return reason
        .replace(/Allowed choices are (.*)\./, 'Pilihan yang ada: $1.')
        .replace('expected a whole number ≥ 0', 'harus bilangan bulat ≥ 0')
        .replace("expected ';' (semicolon) or ',' (comma)", "harus ';' (titik koma) atau ',' (koma)")
        .replace(/given more than once \(first '(.*)'\); give it once/s, "diberikan lebih dari sekali (pertama '$1'); berikan sekali saja");
}

/** `text` (one of Commander's error lines, with its newline) in `locale`; English is returned unchanged. */
export function localizeCommanderMessage(text: string, locale: Locale): string {
    if (locale === 'en') {
        return text;
    }
    for (const [pattern, rewrite] of indonesian) {
        const match = pattern.exec(text.trimEnd());
        if (match) {
            return `${rewrite(...match.slice(1))}\n`;
        }
    }
    return text;
}
