import { type Locale } from 'spbe-model';
import { DocumentFormats, DocumentJenisList } from 'spbe-generators';
import { cliOutputTarget, diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { cliSentence } from '../cli-sentences.js';
import { cliFontFiles } from '../font-files.js';
import { runErrorGatedGenerator } from './workspace-errors.js';

export interface GenerateDocumentOptions {
    /** Comma-separated, from every `--jenis` given (`accumulate`); absent: both documents. */
    readonly jenis?: string;
    /** Comma-separated, from every `-f` given; absent: both formats. */
    readonly format?: string;
    readonly output?: string;
    readonly opd?: string;
    readonly locale: Locale;
    readonly allowErrors?: boolean;
}

/**
 * `spbe generate dokumen`: the Peta Rencana SPBE and/or the Arsitektur SPBE as DOCX and/or PDF.
 * A workspace with errors is refused (its errors listed, exit 1) unless --allow-errors.
 */
export async function generateDocumentCommand(dir: string, options: GenerateDocumentOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const source = diskWorkspace(dir, { locale: options.locale });
    return runErrorGatedGenerator(source, options.locale, out, err, async () => {
        const result = await generateDocumentFiles(source, cliOutputTarget(dir, options.output), {
            jenis: options.jenis ?? DocumentJenisList.join(','), formats: options.format ?? DocumentFormats.join(','), opd: options.opd, locale: options.locale, allowErrors: options.allowErrors === true
        }, options.locale, cliFontFiles());
        // The files are written; what they could not show faithfully goes to stderr, once.
        result.warnings?.forEach(warning => err(`${warning}\n`));
        return result.files;
    }, errors => cliSentence('roadmapAllowedErrors', options.locale, { errors }));
}
