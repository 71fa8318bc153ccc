/**
 * XML 1.0 text and attribute values from any string. Characters XML 1.0 cannot hold at all (C0
 * controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates) become U+FFFD; a message with
 * them stays readable and the report stays well-formed. In attributes, tab and line breaks are written
 * as character references, since a parser would otherwise normalize them to spaces.
 */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Element content: `&`, `<`, `>` escaped; `\r` as a reference so that a parser keeps it. */
export function xmlText(value: string): string {
    return value.replace(notXml, '\uFFFD').replace(/[&<>\r]/g, c => entities[c]);
}

/** A double- or single-quoted attribute's value. */
export function xmlAttribute(value: string): string {
    return value.replace(notXml, '\uFFFD').replace(/[&<>"'\t\n\r]/g, c => entities[c]);
}
