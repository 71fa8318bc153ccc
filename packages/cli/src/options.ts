import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseCsvSeparator, type CsvSeparator } from 'spbe-generators';
import { Locales, toLocale } from 'spbe-model';

/**
 * A whole number ≥ 0 on the command line (`--year`, `--max-warnings`): decimal digits only, so that
 * `''` is not read as 0, nor `0x7E9` or `2e3` as the number JavaScript makes of them.
 */
export function wholeNumber(value: string): number {
    const n = Number(value);
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(n)) {
        throw new InvalidArgumentError('expected a whole number ≥ 0');
    }
    return n;
}

function csvSeparator(value: string): CsvSeparator {
    const separator = parseCsvSeparator(value);
    if (!separator) {
        throw new InvalidArgumentError("expected ';' (semicolon) or ',' (comma)");
    }
    return separator;
}

/** Without the flag the command picks the locale's separator (`;` in Indonesian, `,` in English). */
export function csvSeparatorOption(): Option {
    return new Option('--csv-separator <sep>', "CSV field separator: ';' or ',' (default: ';' for Indonesian, ',' for English)").argParser(csvSeparator);
}

/**
 * The one language option of every command: `--locale id|en` (default: `SPBE_LOCALE`, else
 * Indonesian). `--lang` is accepted as a hidden alias with the same effect (older scripts use it);
 * whichever comes last wins, as for the error messages (`messageLocale`).
 */
export function addLocaleOption(command: Command, description = 'language of messages and outputs'): Command {
    command.addOption(new Option('--locale <locale>', description).choices([...Locales]).argParser(localeChoice).default(toLocale(process.env.SPBE_LOCALE)));
    command.addOption(new Option('--lang <locale>', 'alias of --locale').choices([...Locales]).argParser(localeChoice).hideHelp());
    // Commander's own listener (registered first) has checked the choice; this one makes it `locale`.
    command.on('option:lang', (value: string) => { command.setOptionValueWithSource('locale', localeChoice(value), 'cli'); });
    return command;
}

/**
 * A locale in any case (`EN`, `Id`): the error messages already follow it whatever its case
 * (`messageLocale`), so the option accepts it too rather than refuse it in the language it names.
 */
function localeChoice(value: string): string {
    const locale = value.toLowerCase();
    if (!(Locales as readonly string[]).includes(locale)) {
        throw new InvalidArgumentError(`Allowed choices are ${Locales.join(', ')}.`);
    }
    return locale;
}

/**
 * A comma-separated list option that may be repeated (`--jenis a --jenis b` is `a,b`): Commander would
 * otherwise keep only the last value without a word. The command applies the default when absent.
 */
export function accumulate(value: string, previous: string | undefined): string {
    return previous === undefined ? value : `${previous},${value}`;
}

/**
 * A single-valued option given twice (`--opd A --opd B`) is refused: Commander would keep only the last
 * value without a word, and a document or roadmap is about one OPD.
 */
export function once(value: string, previous: string | undefined): string {
    if (previous !== undefined) {
        throw new InvalidArgumentError(`given more than once (first '${previous}'); give it once`);
    }
    return value;
}
