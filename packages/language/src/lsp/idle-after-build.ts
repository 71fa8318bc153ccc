import { DocumentState, type LangiumSharedCoreServices } from 'langium';

/**
 * Runs `action` once the language server has been idle for `delayMs` (ms) after a build that
 * validated files, and only when every file is validated: a build that validated one file may leave
 * files waiting to be relinked, whose own build schedules the action again. An update cancels a
 * pending run, so typing never waits for one. The action runs outside any request: what it throws is
 * logged (thrown, it would end the server), with `failure` saying what could not be done.
 *
 * @returns a function that stops it.
 */
export function whenIdleAfterBuild(shared: LangiumSharedCoreServices, delayMs: number, failure: string, action: () => void): () => void {
    let timer: NodeJS.Timeout | undefined;
    const cancel = () => {
        clearTimeout(timer);
        timer = undefined;
    };
    const builder = shared.workspace.DocumentBuilder;
    const built = builder.onBuildPhase(DocumentState.Validated, () => {
        cancel();
        timer = setTimeout(() => {
            timer = undefined;
            if (shared.workspace.LangiumDocuments.all.some(d => d.state < DocumentState.Validated)) {
                return;
            }
            try {
                action();
            } catch (error) {
                console.error(failure, error);
            }
        }, delayMs);
        // A server that is exiting does not wait for it.
        timer.unref();
    });
    const updated = builder.onUpdate(cancel);
    return () => {
        cancel();
        built.dispose();
        updated.dispose();
    };
}
