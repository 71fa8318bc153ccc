/**
 * Files that could not be read at all. The loader records them (with an empty document standing in
 * for the file) and the document validator turns each into a `syntax` diagnostic, so one bad file
 * never stops the rest of the workspace from being checked.
 */
export class SourceProblems {
    private readonly unreadable = new Map<string, string>();
    private readonly whole = new Map<string, string>();

    /** `reason` completes "File cannot be read: …"; a `wholeMessage` replaces that message entirely. */
    recordUnreadable(uri: string, reason: string, wholeMessage?: string): void {
        this.unreadable.set(uri, reason);
        if (wholeMessage !== undefined) {
            this.whole.set(uri, wholeMessage);
        }
    }

    /** The full message recorded for `uri`, when the problem is not a read error (a file over a size limit). */
    wholeMessage(uri: string): string | undefined {
        return this.whole.get(uri);
    }

    clear(uri: string): void {
        this.unreadable.delete(uri);
        this.whole.delete(uri);
    }

    unreadableReason(uri: string): string | undefined {
        return this.unreadable.get(uri);
    }
}
