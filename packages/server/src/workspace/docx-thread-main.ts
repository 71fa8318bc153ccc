// The document thread (`renderDocxInThread`): makes the DOCX of the job in `workerData`, hands its bytes back, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { renderDocxJob, type DocxJob } from './docx-thread.js';
import { UserError } from './user-error.js';

renderDocxJob(workerData as DocxJob).then(
    file => {
        const bytes = file.content;
        parentPort!.postMessage({ file }, typeof bytes === 'string' ? [] : [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => parentPort!.postMessage(error instanceof UserError
        ? { error: error.message, user: true, text: error.text }
        : { error: error instanceof Error ? error.message : String(error), user: false })
);
