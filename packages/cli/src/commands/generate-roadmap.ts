import type { CsvSeparator } from 'spbe-generators';
import { type Locale } from 'spbe-model';
import { cliOutputTarget, diskWorkspace, generateRoadmapFiles } from 'spbe-server';
import { cliSentence } from '../cli-sentences.js';
import { runErrorGatedGenerator } from './workspace-errors.js';

export interface GenerateRoadmapOptions {
    readonly format: string;
    readonly output?: string;
    readonly opd?: string;
    readonly muatan?: string;
    readonly from?: number;
    readonly to?: number;
    readonly locale: Locale;
    readonly csvSeparator?: CsvSeparator;
    readonly allowErrors?: boolean;
}

/**
 * `spbe generate roadmap`: the Peta Rencana documents in one or more formats (comma-separated).
 * A workspace with errors yields incomplete documents: refused (its errors listed, exit 1) unless --allow-errors.
 */
export async function generateRoadmapCommand(dir: string, options: GenerateRoadmapOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const source = diskWorkspace(dir, { locale: options.locale });
    // --allow-errors: exit 0, but say how many errors the documents were made with.
    return runErrorGatedGenerator(source, options.locale, out, err, async () => (await generateRoadmapFiles(source, cliOutputTarget(dir, options.output), {
        formats: options.format, opd: options.opd, muatan: options.muatan, fromYear: options.from, toYear: options.to,
        locale: options.locale, csvSeparator: options.csvSeparator, allowErrors: options.allowErrors === true
    }, options.locale)).files, errors => cliSentence('roadmapAllowedErrors', options.locale, { errors }));
}
