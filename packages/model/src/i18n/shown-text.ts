/**
 * Messages quote what the user wrote (a name, a number, a value). Input is unbounded — a 200,000-digit
 * number, a name of a megabyte — and a message that echoed it whole was hundreds of kilobytes, in
 * the editor's hover and on every line of the CLI's output. Every quoted piece of user text goes
 * through {@link shownText}, so a message stays a line a person reads.
 */

/** The most characters (code points) of one piece of user text a message shows. */
export const ShownTextMax = 40;

/**
 * The most characters of a name (an OPD code, a qualified element name) a message shows: names are
 * identifiers people chose and read whole, so they get more room than a typed value; still bounded.
 */
export const ShownNameMax = 80;

/**
 * `text` as a message shows it: unchanged when it has at most `max` code points, otherwise its first
 * `max - 1` code points and `…`. Never splits a surrogate pair; line breaks become spaces, so the
 * message stays on one line.
 */
export function shownText(text: string, max = ShownTextMax): string {
    const oneLine = /[\r\n]/.test(text) ? text.replace(/\r\n?|\n/g, ' ') : text;
    // Cheap exit for the common case: even counted in UTF-16 units it fits.
    if (oneLine.length <= max) {
        return oneLine;
    }
    const points = Array.from(oneLine.slice(0, max * 2));
    return points.length <= max && oneLine.length <= max * 2 ? oneLine : points.slice(0, max - 1).join('') + '…';
}

/** A name (an OPD code, a qualified element name, a kode) as a message shows it: at most {@link ShownNameMax} characters. */
export function shownName(name: string): string {
    return shownText(name, ShownNameMax);
}

/**
 * A list in words, `a, b atau c` / `a, b or c` (`conjunction` given in the reader's language); at
 * most `max` entries, then `…`, so that a list in a message is bounded too.
 */
export function wordList(entries: readonly string[], conjunction: string, max = 12): string {
    const unique = [...new Set(entries)];
    if (unique.length > max) {
        return `${unique.slice(0, max).join(', ')}, …`;
    }
    return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} ${conjunction} ${unique[unique.length - 1]}`;
}
