import { diagramAppWord, DiagramAppWordKeys, type Locale } from 'spbe-model';

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|quot|lt|gt|#39);/g, m => entities[m]);

/**
 * What a person reads or hears from a piece of markup: its text between tags and its `aria-label`,
 * `title` and `placeholder` values, decoded, trimmed, empty ones left out. Script and style bodies are not text.
 */
export function visibleTexts(html: string): string[] {
    const body = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
    const texts = [...body.matchAll(/>([^<]+)</g)].map(m => m[1]);
    const attributes = [...body.matchAll(/\s(?:aria-label|title|placeholder)="([^"]*)"/g)].map(m => m[1]);
    return [...texts, ...attributes].map(t => decode(t).trim()).filter(Boolean);
}

/** The diagram app's words that differ between the languages, in `locale`'s column. */
export function distinctWords(locale: Locale): string[] {
    const other: Locale = locale === 'id' ? 'en' : 'id';
    return DiagramAppWordKeys.filter(k => diagramAppWord(k, locale) !== diagramAppWord(k, other)).map(k => diagramAppWord(k, locale));
}

/** Every text of `html` that is a word of the app in the other language than `locale` (should be none). */
export function wordsOfOtherLanguage(html: string, locale: Locale): string[] {
    const other = new Set(distinctWords(locale === 'id' ? 'en' : 'id'));
    return visibleTexts(html).filter(t => other.has(t));
}

/** Every text of `html` that is neither one of the app's words in `locale` nor in `neutral` (should be none). */
export function foreignTexts(html: string, locale: Locale, neutral: readonly string[]): string[] {
    const known = new Set([...DiagramAppWordKeys.map(k => diagramAppWord(k, locale)), ...neutral]);
    return visibleTexts(html).filter(t => !known.has(t));
}
