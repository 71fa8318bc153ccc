import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

/** The language of the extension's prompts, notifications and findings. */
export type UiLocale = 'id' | 'en';

/**
 * `spbe.locale`, resolved: `id` (the default) or `en`; `auto` follows VS Code's display language
 * (English for an English UI, Indonesian otherwise), the same rule the language server applies.
 */
export function uiLocale(): UiLocale {
    const setting = vscode.workspace.getConfiguration('spbe').get<string>('locale') ?? 'id';
    const chosen = setting === 'auto' ? vscode.env.language : setting;
    return chosen.toLowerCase().startsWith('en') ? 'en' : 'id';
}

let indonesian: Record<string, string> = {};

/**
 * Loads the Indonesian bundle (`l10n/bundle.l10n.id.json`) once at activation. VS Code loads it
 * itself only when its display language is Indonesian; the extension defaults to Indonesian
 * whatever the display language, so it reads the same bundle for that case.
 */
export function initL10n(context: vscode.ExtensionContext): void {
    try {
        indonesian = JSON.parse(readFileSync(context.asAbsolutePath('l10n/bundle.l10n.id.json'), 'utf-8')) as Record<string, string>;
    } catch {
        indonesian = {};
    }
}

const fill = (template: string, args: ReadonlyArray<string | number>) => template.replace(/\{(\d+)\}/g, (m, i: string) => String(args[Number(i)] ?? m));

/**
 * A runtime string in the user's language (`spbe.locale`): the English source text is the key, `{0}`…
 * are its arguments. When VS Code's own display language matches, VS Code's `vscode.l10n.t` does
 * the lookup; otherwise the Indonesian bundle read at activation, or the English source.
 */
export function t(message: string, ...args: Array<string | number>): string {
    const locale = uiLocale();
    const display: UiLocale = vscode.env.language.toLowerCase().startsWith('id') ? 'id' : 'en';
    if (locale === display && (locale === 'en' || vscode.l10n.bundle)) {
        return vscode.l10n.t(message, ...args);
    }
    return fill(locale === 'id' ? indonesian[message] ?? message : message, args);
}
