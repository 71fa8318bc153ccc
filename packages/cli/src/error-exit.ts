import { stageName } from 'spbe-language';
import { toLocale, type Locale } from 'spbe-model';
import { InternalFailureError, UserError } from 'spbe-server';

/** The language of error messages: `--locale`/`--lang` wherever given (the last wins), else SPBE_LOCALE, else Indonesian. */
export function messageLocale(argv: readonly string[]): Locale {
    for (let i = argv.length - 1; i >= 0; i--) {
        const match = /^--(?:locale|lang)(?:=(.*))?$/.exec(argv[i]);
        if (match) {
            return toLocale(match[1] ?? argv[i + 1]);
        }
    }
    return toLocale(process.env.SPBE_LOCALE);
}

/** One line for an internal failure: the stage, the file, what failed; findings are incomplete. */
function internalFailureLine(error: InternalFailureError, locale: Locale): string {
    const where = `${error.file}${error.line ? `:${error.line}` : ''}`;
    const stage = stageName(error.stage, locale);
    return locale === 'en'
        ? `spbe: internal error in the ${stage} stage for ${where}: ${error.detail} — the results are incomplete; please report this as a bug.\n`
        : `spbe: galat internal pada tahap ${stage} untuk ${where}: ${error.detail} — hasilnya tidak lengkap; laporkan sebagai bug.\n`;
}

/** The line telling that stdout could not be written (a full disk, a closed file): the output is incomplete. */
export function outputFailureLine(code: string, locale: Locale): string {
    return locale === 'en'
        ? `spbe: the output could not be written (${code}); it is incomplete — check the disk or the file it goes to\n`
        : `spbe: keluaran tidak dapat ditulis (${code}); keluaran tidak lengkap — periksa disk atau berkas tujuannya\n`;
}

/**
 * Prints a thrown error in `locale` and returns the exit code: 0 for help and version, 2 for usage
 * problems and `UserError`s (the use cases' typed errors), 3 for internal failures and bugs.
 */
export function exitCodeFor(error: unknown, locale: Locale): number {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
        return 0;
    }
    if (code?.startsWith('commander.')) {
        return 2;
    }
    if (error instanceof UserError) {
        process.stderr.write(`spbe: ${error.in(locale)}\n`);
        return 2;
    }
    if (error instanceof InternalFailureError) {
        process.stderr.write(internalFailureLine(error, locale));
        return 3;
    }
    // A bug outside the staged pipeline (e.g. inside a generator): one line naming it; the stack
    // only on request, since it helps the maintainers, not the user.
    const detail = (error as Error)?.message ?? String(error);
    process.stderr.write(locale === 'en'
        ? `spbe: internal error: ${detail} — please report this as a bug (SPBE_DEBUG=1 shows the stack trace).\n`
        : `spbe: galat internal: ${detail} — laporkan sebagai bug (SPBE_DEBUG=1 menampilkan jejak tumpukan).\n`);
    if (process.env.SPBE_DEBUG) {
        process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    }
    return 3;
}
