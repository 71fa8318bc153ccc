/**
 * Files that could not be read at all. The loader records them (with an empty document standing in
 * for the file) and the document validator turns each into a `syntax` diagnostic, so one bad file
 * never stops the rest of the workspace from being checked.
 */
export class SourceProblems {
    private readonly unreadable = new Map<string, string>();

    recordUnreadable(uri: string, reason: string): void {
        this.unreadable.set(uri, reason);
    }

    clear(uri: string): void {
        this.unreadable.delete(uri);
    }

    unreadableReason(uri: string): string | undefined {
        return this.unreadable.get(uri);
    }
}
