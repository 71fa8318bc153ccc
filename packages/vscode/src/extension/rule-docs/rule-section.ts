import { SpbeCommands } from 'spbe-server/protocol';

/**
 * The `command:` link that replaces a diagnostic's link to `docs/diagnostics.md#<code>` (a raw
 * Markdown file at line 1 otherwise). VS Code opens command links from the Problems view and the
 * hover; the argument is the rule's code.
 */
export function ruleCommandLink(href: string): string | undefined {
    const match = /\/docs\/diagnostics\.md#([a-z0-9-]+)$/.exec(href);
    return match ? `command:${SpbeCommands.ShowRule}?${encodeURIComponent(JSON.stringify([match[1]]))}` : undefined;
}

/** The `## <code>` section of a diagnostics reference, heading included, up to the next section; undefined when absent. */
export function ruleSection(markdown: string, code: string): string | undefined {
    const text = `\n${markdown.replace(/\r\n/g, '\n')}`;
    const start = text.indexOf(`\n## ${code}\n`);
    if (start < 0) {
        return undefined;
    }
    const end = text.indexOf('\n## ', start + 1);
    return text.slice(start + 1, end < 0 ? undefined : end).trimEnd();
}

/**
 * The page shown for a rule: in Indonesian the generated Indonesian section, then the full English
 * explanation below it (the Indonesian reference points there); in English the English section.
 * Links between the two files are dropped, both are on the page.
 */
export function rulePage(code: string, locale: 'id' | 'en', english: string, indonesian: string): string | undefined {
    const en = ruleSection(english, code);
    if (locale === 'en' || !en) {
        return en;
    }
    const id = ruleSection(indonesian, code);
    if (!id) {
        return en;
    }
    const withoutLinks = id.split('\n').filter(line => !/\]\(diagnostics\.md#/.test(line)).join('\n').trimEnd();
    return `${withoutLinks}\n\n---\n\n*English:*\n\n${en.replace(/^## .*\n/, '')}`;
}
