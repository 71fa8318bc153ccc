import type { Locale } from 'spbe-model';

/**
 * The language of the page the app runs in: the `data-locale` of its `.diagram-app` element (both
 * page shells write it), else the document's `lang`; Indonesian, the tools' default, otherwise.
 */
export function pageLocale(doc: Pick<Document, 'querySelector' | 'documentElement'> = document): Locale {
    const chosen = doc.querySelector<HTMLElement>('.diagram-app')?.dataset.locale ?? doc.documentElement.lang;
    return chosen?.toLowerCase().startsWith('en') ? 'en' : 'id';
}
