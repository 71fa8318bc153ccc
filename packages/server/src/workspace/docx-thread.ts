import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { renderDocument, type DocumentImages, type DocumentJenis, type OutputFile, type SubmittableDocument } from 'spbe-generators';
import { besideModule } from './beside-module.js';
import { renderPngs } from './render-png.js';
import { UserError } from './user-error.js';

/** A DOCX to make: the built document and its diagrams, each as SVG with its zoom for the PNG and its laid-out size. */
export interface DocxJob {
    readonly document: SubmittableDocument;
    readonly jenis: DocumentJenis;
    readonly diagrams: ReadonlyArray<{ readonly key: string; readonly svg: string; readonly scale: number; readonly width: number; readonly height: number }>;
    /** The font files the PNGs draw text with (`renderPngs`) and the tables' columns are measured with: regular, then bold. */
    readonly fontFiles: string[];
}

/**
 * The DOCX of `job`: its diagrams rasterized (`renderPngs`, on resvg's threads), then the document rendered. What the
 * document thread runs; here in this thread when there is no thread file (`renderDocxInThread`). Rejects like `renderPngs`.
 */
export async function renderDocxJob(job: DocxJob): Promise<OutputFile> {
    const [pngs, regular, bold] = await Promise.all([
        renderPngs(job.diagrams.map(({ svg, scale }) => ({ svg, scale })), { fontFiles: job.fontFiles }),
        readFile(job.fontFiles[0]!),
        readFile(job.fontFiles[1] ?? job.fontFiles[0]!)
    ]);
    const images = Object.fromEntries(job.diagrams.map(({ key, svg, width, height }, i) => [key, { svg, png: pngs[i], width, height }])) as DocumentImages;
    // The fonts size the tables' columns to their longest words, as in the PDF.
    return renderDocument(job.document, job.jenis, 'docx', images, { normal: regular, bold });
}

/** The thread's module, as the CLI bundle (dist/), the extension (out/language-server/) and tsc (out/workspace/) name it. */
const threadNames = ['docx-thread-main.js', 'docx-thread-main.mjs'];

/**
 * The document thread's module: in the folder of the running module or the folder above (a bundle's chunks sit one
 * folder below it, like resvg's files, see `resvgFiles`); `undefined` when there is none (the sources run by the tests).
 */
export function docxThreadFile(moduleUrl: string = import.meta.url): string | undefined {
    return besideModule(moduleUrl, threadNames).find(file => existsSync(file));
}

/**
 * `renderDocxJob` on a worker thread of its own, so that the DOCX (rasterizing and about two seconds of layout and
 * zipping for a 2,000-item roadmap) is made on the other core while this thread lays out the PDF: the two documents
 * of `spbe generate dokumen --format docx,pdf` are independent. `threadFile`: the thread's module (default
 * `docxThreadFile()`; `null` or none found: in this thread). `signal` ends the thread early (the caller failed
 * meanwhile: a DOCX nobody writes would only keep the CPU and the process busy). Rejects with the thread's error
 * (a `UserError` stays one: a missing resvg file is the user's to fix), or with the signal's reason once aborted.
 */
export function renderDocxInThread(job: DocxJob, options: { threadFile?: string | null; signal?: AbortSignal } = {}): Promise<OutputFile> {
    const threadFile = options.threadFile === null ? undefined : options.threadFile ?? docxThreadFile();
    if (threadFile === undefined) {
        return renderDocxJob(job);
    }
    return new Promise((resolve, reject) => {
        const worker = new Worker(threadFile, { workerData: job });
        const stop = () => {
            reject(options.signal!.reason);
            void worker.terminate();
        };
        options.signal?.addEventListener('abort', stop, { once: true });
        worker.once('message', (answer: { file: OutputFile } | { error: string; user: boolean; text?: UserError['text'] }) => 'file' in answer
            ? resolve(answer.file)
            : reject(answer.user ? new UserError(answer.text ?? answer.error) : new Error(answer.error)));
        worker.once('error', reject);
        // After an answer this changes nothing; before one (the thread died) it is the error.
        worker.once('exit', code => {
            options.signal?.removeEventListener('abort', stop);
            reject(new Error(`the DOCX thread ended (exit code ${code}) without a document`));
        });
    });
}
