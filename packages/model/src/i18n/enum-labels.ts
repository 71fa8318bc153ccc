import type { Bilingual } from './bilingual.js';
import type { Locale } from './messages.js';
import { ValueLabels } from './value-labels.js';

/**
 * The inventory workbook's side of the value labels (value-labels.ts holds the one table): the label
 * of a grammar rule's keyword by rule NAME as the workbook's columns carry it, and the reverse — which
 * keyword a filled cell names.
 */
const byRule: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = ValueLabels;

/** The label of `value` (a keyword of the data-type rule `rule`), or the keyword itself for an unlabelled one. */
export function enumLabel(rule: string, value: string, locale: Locale): string {
    return byRule[rule]?.[value]?.[locale] ?? value;
}

/** Case, spaces, `_` and `-` do not distinguish two values: "milik sendiri" = "Milik Sendiri" = "milikSendiri". */
function folded(text: string): string {
    return text.normalize('NFC').toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The value of `values` (keywords of `rule`) that `text` names, by identifier or by its label in
 * either language, in any case or spacing; undefined when it names none.
 */
export function enumValueOf(rule: string, values: readonly string[], text: string): string | undefined {
    const wanted = folded(text);
    if (!wanted) {
        return undefined;
    }
    return values.find(v => folded(v) === wanted)
        ?? values.find(v => Object.values(byRule[rule]?.[v] ?? {}).some(label => folded(label) === wanted));
}
