/**
 * How numbers are written in `.spbe` (spec §2): digits, optionally grouped by `_` (`150_000_000`),
 * or the Indonesian way — a `.` before every group of exactly three digits (`1.500.000`) and a `,`
 * before the decimal part (`12,5`, `1.250,75`). Pure text rules, shared by the parser's value
 * converter, the `syntax` diagnostic for numbers it cannot read, and anything that reads a number
 * a user typed (an inventory cell).
 */

/** A number as written, read exactly. */
export interface SpbeNumber {
    /** The value (a double: exact for integers up to `Number.MAX_SAFE_INTEGER`). */
    readonly value: number;
    /** The integer part's digits without separators (`1.500.000` → `1500000`): exact at any length. */
    readonly integerDigits: string;
    /** The decimal part's digits (`12,50` → `50`), or undefined for an integer. */
    readonly decimalDigits?: string;
    /**
     * Whether `value` is the number as written: a whole number up to `Number.MAX_SAFE_INTEGER`, or a
     * decimal of at most {@link ExactSignificantDigits} significant digits. False for
     * `99999999999999999999999999999` (read as 1e+29) and `12,123456789012345678` (digits lost).
     */
    readonly exact: boolean;
}

/** The significant decimal digits a double always keeps (DBL_DIG): 15. */
export const ExactSignificantDigits = 15;

// Digits, a single `_` allowed only between two digits (`150_000_000`; not `100_` or `1__0`).
const plainInteger = /^[0-9]+(?:_[0-9]+)*$/;
// v2: one to three leading digits (not a lone leading zero before a group), then `.ddd` groups.
const dottedInteger = /^(?:[1-9][0-9]{0,2}|0)(?:\.[0-9]{3})+$/;
const decimalPart = /^[0-9]+$/;

/**
 * Reads a numeric literal, or returns undefined when the text is not one of the accepted ways of
 * writing a number (`1.50.000`, `1,500,000`, `12.5`, `0.500`). Never throws.
 */
export function readSpbeNumber(text: string): SpbeNumber | undefined {
    const comma = text.indexOf(',');
    const integerText = comma < 0 ? text : text.slice(0, comma);
    const decimalDigits = comma < 0 ? undefined : text.slice(comma + 1);
    if (decimalDigits !== undefined && !decimalPart.test(decimalDigits)) {
        return undefined;
    }
    let integerDigits: string;
    if (plainInteger.test(integerText)) {
        integerDigits = integerText.replace(/_/g, '');
    } else if (dottedInteger.test(integerText) && !integerText.startsWith('0.')) {
        integerDigits = integerText.replace(/\./g, '');
    } else {
        return undefined;
    }
    const value = Number(decimalDigits === undefined ? integerDigits : `${integerDigits}.${decimalDigits}`);
    const exact = isExact(integerDigits, decimalDigits);
    return decimalDigits === undefined ? { value, integerDigits, exact } : { value, integerDigits, decimalDigits, exact };
}

function isExact(integerDigits: string, decimalDigits: string | undefined): boolean {
    const whole = integerDigits.replace(/^0+/, '');
    if (decimalDigits === undefined) {
        // Only a 16-digit number needs the comparison; a longer one is above 2^53 − 1 at once.
        return whole.length < 16 || (whole.length === 16 && BigInt(whole) <= BigInt(Number.MAX_SAFE_INTEGER));
    }
    const significant = (whole + decimalDigits.replace(/0+$/, '')).replace(/^0+/, '');
    return significant.length <= ExactSignificantDigits;
}

/**
 * How a number the language cannot read was probably meant, as the two integer spellings the
 * language accepts, when it has two or more separators of one kind (thousands grouped with commas
 * or unevenly: `1,500,000` → `1.500.000` / `1_500_000`, `1.50.000` → `150.000` / `150_000`);
 * undefined otherwise (a single separator may be a decimal point: the message then gives the rule).
 */
export function suggestSpbeNumber(text: string): { readonly dotted: string; readonly underscored: string } | undefined {
    if (misplacedUnderscore(text)) {
        // `100_` → `100`, `1__0` → `10`: the digits as written, without the stray `_`.
        const digits = text.replace(/_/g, '');
        return { dotted: digits, underscored: digits };
    }
    const separators = text.replace(/[0-9_]/g, '');
    if (separators.length < 2 || new Set(separators).size !== 1) {
        return undefined;
    }
    const digits = text.replace(/[^0-9]/g, '').replace(/^0+(?=[0-9])/, '');
    return { dotted: groupThousands(digits, '.'), underscored: groupThousands(digits, '_') };
}

/** `1500000` → `1.500.000` with `separator` `.`; any length, digits only. */
export function groupThousands(digits: string, separator: string): string {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Whether an integer written with digits and `_` only is unreadable because of a `_` at its end or
 * beside another `_` (`100_`, `1__0`); such a literal gets the `_` rule in its message.
 */
export function misplacedUnderscore(text: string): boolean {
    return /^[0-9][0-9_]*$/.test(text) && !plainInteger.test(text);
}
