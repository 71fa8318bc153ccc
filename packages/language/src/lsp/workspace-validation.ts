import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { SpbeSettings, SlowChecksMode } from '../spbe-settings.js';
import type { ValidationSummary } from './protocol.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';

const fastOnly = { validation: { categories: ['built-in' as const, 'fast' as const] } };

/**
 * Runs the workspace-wide ("slow") checks when spec §5.5 says so: on save by default, on every change
 * with `onType`, never with `off`. Slow findings in one file can change because of an edit in any
 * other file, so a slow run revalidates every document; linking is not repeated.
 */
export class WorkspaceValidation {
    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: SpbeSettings) { }

    /** Applies `spbe.validation.slowChecks` to the builds triggered by edits. */
    applyMode(mode: SlowChecksMode): void {
        this.settings.slowChecks = mode;
        this.shared.workspace.DocumentBuilder.updateBuildOptions = mode === 'onType' ? { validation: true } : fastOnly;
    }

    /** Revalidates every document; with `all`, slow checks included (unless the mode is `off`). */
    async validateAll(scope: 'all' | 'fast' = 'all'): Promise<void> {
        const builder = this.shared.workspace.DocumentBuilder;
        await this.shared.workspace.WorkspaceLock.write(async token => {
            const documents = this.shared.workspace.LangiumDocuments.all.toArray();
            for (const document of documents) {
                builder.resetToState(document, Math.min(document.state, DocumentState.IndexedReferences));
            }
            const slow = scope === 'all' && this.settings.slowChecks !== 'off';
            await builder.build(documents, slow ? { validation: true } : fastOnly, token);
        });
    }

    summary(): ValidationSummary {
        const documents = this.shared.workspace.LangiumDocuments.all.filter(d => !isBuiltinDocument(d)).toArray();
        const diagnostics = documents.flatMap(d => d.diagnostics ?? []);
        return {
            files: documents.length,
            errors: diagnostics.filter(d => d.severity === 1).length,
            warnings: diagnostics.filter(d => d.severity === 2).length,
            infos: diagnostics.filter(d => (d.severity ?? 1) >= 3).length
        };
    }
}
