import { isUsableName, matchesIdentifier } from 'spbe-model';
import type { ScaffoldOptions } from 'spbe-generators';
import { localized, type LocalizedText } from '../workspace/user-error.js';

const maxTitleLength = 200;
const maxNameLength = 64;

/**
 * Checks the parameters of a new workspace — one function for `spbe init` and the server's
 * `spbe/initWorkspace`, so both accept exactly the same values. Takes untyped input (a request's
 * JSON) and returns the options when every value is valid, else the problems (none is written):
 * - `name`: a name by spbe-model's one identifier rule (`isUsableName`: the grammar's ID, not a keyword), at most 64 characters;
 * - `title`: 1–200 characters, no control characters (a title is one line);
 * - `startYear`: a whole number such that the five-year periode `startYear..startYear+4` is 4-digit years.
 */
export function checkScaffoldOptions(input: { name?: unknown; title?: unknown; startYear?: unknown }): { options?: ScaffoldOptions; problems: LocalizedText[] } {
    const problems: LocalizedText[] = [];
    const { name, title, startYear } = input;
    // The one identifier rule (spbe-model's `isUsableName`, also behind rename and import) decides;
    // `matchesIdentifier` only picks the wording, telling a malformed name from a keyword.
    if (typeof name !== 'string' || name.length > maxNameLength || !matchesIdentifier(name)) {
        problems.push(localized(`nama pemda harus berupa pengenal seperti KotaContoh (huruf, angka, _; paling banyak ${maxNameLength}), bukan ${JSON.stringify(name)}`,
            `the pemda name must be an identifier like KotaContoh (letters, digits, _; at most ${maxNameLength}), not ${JSON.stringify(name)}`));
    } else if (!isUsableName(name)) {
        problems.push(localized(`'${name}' adalah kata kunci bahasa; pilih nama pemda lain, misalnya KotaContoh`,
            `'${name}' is a keyword of the language; choose another pemda name, for example KotaContoh`));
    }
    // eslint-disable-next-line no-control-regex
    if (typeof title !== 'string' || title.trim() === '' || title.length > maxTitleLength || /[\u0000-\u001f\u007f-\u009f]/.test(title)) {
        problems.push(localized(`judul harus 1–${maxTitleLength} karakter dalam satu baris tanpa karakter kendali, bukan ${JSON.stringify(title)}`,
            `the title must be 1–${maxTitleLength} characters on one line without control characters, not ${JSON.stringify(title)}`));
    }
    if (typeof startYear !== 'number' || !Number.isInteger(startYear) || startYear < 1000 || startYear + 4 > 9999) {
        problems.push(localized(`tahun awal harus tahun 4 digit (1000–9995) agar periode lima tahunnya sah, bukan ${JSON.stringify(startYear)}`,
            `the first year must be a 4-digit year (1000–9995) so that its five-year periode is valid, not ${JSON.stringify(startYear)}`));
    }
    return problems.length > 0 ? { problems } : { options: { name: name as string, title: title as string, startYear: startYear as number }, problems };
}
