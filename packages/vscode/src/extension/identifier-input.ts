import { identifierSource, invalidIdentifierReason } from 'spbe-model';
import type { UiLocale } from './l10n.js';

/**
 * The extension's prompts check names with the language's own rule (spbe-model), so a name the
 * prompt accepts is one the parser, rename and import accept too. No `vscode` import: unit-tested.
 */

/** What an input box shows under a name that cannot be used ("Kata kunci bahasa .spbe"), or undefined when it can. */
export function nameInputProblem(value: string, locale: UiLocale): string | undefined {
    const reason = invalidIdentifierReason(value, locale);
    return reason === undefined ? undefined : reason[0].toUpperCase() + reason.slice(1);
}

const opdDeclaration = new RegExp(String.raw`^\s*opd\s+(${identifierSource})`, 'm');

/** The code of the first OPD a `.spbe` text declares (`opd BAPPEDA {`), or undefined when it declares none. */
export function declaredOpd(text: string): string | undefined {
    return opdDeclaration.exec(text)?.[1];
}
