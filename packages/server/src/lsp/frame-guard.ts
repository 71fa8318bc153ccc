import { Transform, type TransformCallback } from 'node:stream';

/** The largest message body `spbe lsp --stdio` accepts, in bytes (64 MiB; a whole workspace's text is far smaller). */
export const MaxFrameBytes = 64 * 1024 * 1024;
/** The largest header block accepted before its blank line, in bytes. */
const MaxHeaderBytes = 8 * 1024;
const HeaderEnd = Buffer.from('\r\n\r\n');

/**
 * A pass-through stream for the LSP input that checks each frame's header before vscode-jsonrpc
 * sees it: `Content-Length` must be present, a decimal integer, and at most `maxBody` bytes, and the
 * header block must end within 8 KiB. vscode-jsonrpc would otherwise wait forever for the body of a
 * `Content-Length: 99999999999999999999` frame, swallowing every later message. On the first bad
 * frame the stream emits an `Error` (message in English, one line) and passes nothing further.
 */
export class FrameGuard extends Transform {
    private header = Buffer.alloc(0);
    /** Body bytes still to pass through before the next header; -1 while reading a header. */
    private remaining = -1;
    private broken = false;

    constructor(private readonly maxBody = MaxFrameBytes) {
        super();
    }

    override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
        if (this.broken) {
            return callback();
        }
        let data = chunk;
        while (data.length > 0) {
            if (this.remaining > 0) {
                const take = Math.min(this.remaining, data.length);
                this.push(data.subarray(0, take));
                this.remaining -= take;
                data = data.subarray(take);
                continue;
            }
            this.header = Buffer.concat([this.header, data]);
            const end = this.header.indexOf(HeaderEnd);
            if (end < 0) {
                if (this.header.length > MaxHeaderBytes) {
                    return this.fail(`a header longer than ${MaxHeaderBytes} bytes`, callback);
                }
                return callback();
            }
            const problem = this.checkHeader(this.header.subarray(0, end).toString('ascii'));
            if (problem) {
                return this.fail(problem, callback);
            }
            this.push(this.header.subarray(0, end + HeaderEnd.length));
            data = this.header.subarray(end + HeaderEnd.length);
            this.header = Buffer.alloc(0);
        }
        callback();
    }

    /** Sets `remaining` from the header block, or returns what is wrong with it. */
    private checkHeader(block: string): string | undefined {
        const line = block.split('\r\n').find(l => /^content-length\s*:/i.test(l));
        if (line === undefined) {
            return 'a header without Content-Length';
        }
        const value = line.slice(line.indexOf(':') + 1).trim();
        if (!/^\d+$/.test(value)) {
            return `Content-Length value must be a number of bytes, got ${JSON.stringify(value.slice(0, 40))}`;
        }
        const length = Number(value);
        if (length > this.maxBody) {
            return `Content-Length ${value.slice(0, 40)} exceeds the limit of ${this.maxBody} bytes`;
        }
        this.remaining = length;
        return undefined;
    }

    private fail(problem: string, callback: TransformCallback): void {
        this.broken = true;
        callback(new Error(problem));
    }
}
