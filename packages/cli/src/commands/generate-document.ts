import { type Locale } from 'spbe-model';
import { cliOutputTarget, diskWorkspace, generateDocumentFiles, WorkspaceHasErrorsError } from 'spbe-server';
import { cliSentence } from '../cli-sentences.js';
import { printPaths } from './text-output.js';
import { printWorkspaceErrors } from './workspace-errors.js';

export interface GenerateDocumentOptions {
    readonly jenis: string;
    readonly format: string;
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
    try {
        const result = await generateDocumentFiles(source, cliOutputTarget(dir, options.output), {
            jenis: options.jenis, formats: options.format, opd: options.opd, locale: options.locale, allowErrors: options.allowErrors === true
        }, options.locale);
        printPaths(result.files, out);
        await printWorkspaceErrors(source, options.locale, err, errors => cliSentence('roadmapAllowedErrors', options.locale, { errors }));
        return 0;
    } catch (error) {
        if (!(error instanceof WorkspaceHasErrorsError)) {
            throw error;
        }
        await printWorkspaceErrors(source, options.locale, err, () => error.in(options.locale));
        return 1;
    }
}
