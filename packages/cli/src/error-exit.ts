import { Locales, toLocale, type Locale } from 'spbe-model';
import type { InternalFailureError } from 'spbe-server';
import { cliSentence } from './cli-sentences.js';

/** The language of error messages: `--locale`/`--lang` wherever given (the last wins), else SPBE_LOCALE, else Indonesian. */
export function messageLocale(argv: readonly string[]): Locale {
    for (let i = argv.length - 1; i >= 0; i--) {
        const match = /^--(?:locale|lang)(?:=(.*))?$/.exec(argv[i]);
        if (match) {
            // Only a language the option accepts (`id`, `en`, in any case, as options.ts reads it):
            // the refusal of `--locale fr` is in the default language.
            const value = (match[1] ?? argv[i + 1])?.toLowerCase();
            return (Locales as readonly unknown[]).includes(value) ? value as Locale : toLocale(process.env.SPBE_LOCALE);
        }
    }
    return toLocale(process.env.SPBE_LOCALE);
}

/** One line for an internal failure: the stage, the file, what failed; findings are incomplete. */
async function internalFailureLine(error: InternalFailureError, locale: Locale): Promise<string> {
    const { stageName } = await import('spbe-language');
    const where = `${error.file}${error.line ? `:${error.line}` : ''}`;
    return `spbe: ${cliSentence('internalStageFailure', locale, { stage: stageName(error.stage, locale), where, detail: error.detail })}\n`;
}

/** The line telling that stdout could not be written (a full disk, a closed file): the output is incomplete. */
export function outputFailureLine(code: string, locale: Locale): string {
    return `spbe: ${cliSentence('outputFailure', locale, { code })}\n`;
}

/**
 * Prints a thrown error in `locale` and returns the exit code: 0 for help and version, 2 for usage
 * problems and `UserError`s (the use cases' typed errors), 3 for internal failures and bugs.
 * spbe-server's error classes are imported only past commander's own errors: such an error comes
 * from a command, which has loaded spbe-server already, and `--help` or a usage error stays light.
 */
export async function exitCodeFor(error: unknown, locale: Locale): Promise<number> {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
        return 0;
    }
    if (code?.startsWith('commander.')) {
        return 2;
    }
    // If spbe-server itself cannot load, the error is that failure: it gets the last-resort line.
    const server = await import('spbe-server').catch(() => undefined);
    if (server && error instanceof server.UserError) {
        process.stderr.write(`spbe: ${error.in(locale)}\n`);
        return 2;
    }
    if (server && error instanceof server.InternalFailureError) {
        process.stderr.write(await internalFailureLine(error, locale));
        return 3;
    }
    // A bug outside the staged pipeline (e.g. inside a generator): one line naming it; the stack
    // only on request, since it helps the maintainers, not the user.
    const detail = (error as Error)?.message ?? String(error);
    process.stderr.write(`spbe: ${cliSentence('internalError', locale, { detail })}\n`);
    if (process.env.SPBE_DEBUG) {
        process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    }
    return 3;
}
