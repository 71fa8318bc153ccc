import type { Bilingual, Locale } from 'spbe-model';

/** One message in both of the tools' languages (spbe-model's `Bilingual`). */
export type LocalizedText = Bilingual;

/**
 * A problem the user can fix (a path, a flag, the environment), not a defect of the tools: the CLI
 * prints it as one line in the user's language and exits 2, never with a stack trace. `message` is the
 * English text (for logs and the LSP); `text` holds both languages.
 */
export class UserError extends Error {
    readonly text: LocalizedText;

    constructor(text: string | LocalizedText) {
        const both = typeof text === 'string' ? { id: text, en: text } : text;
        super(both.en);
        this.text = both;
    }

    /** The message in `locale`. */
    in(locale: Locale): string {
        return this.text[locale];
    }
}

/** Both languages at once: `localized('Berkas … tidak ada', 'File … is missing')`. */
export function localized(id: string, en: string): LocalizedText {
    return { id, en };
}
