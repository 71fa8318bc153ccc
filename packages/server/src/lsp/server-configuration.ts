import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { SlowChecksMode, SpbeServices } from 'spbe-language';
import type { LangiumSharedServices } from 'langium/lsp';
import { toLocale } from 'spbe-model';
import type { OpenFolders } from './open-folders.js';

/**
 * A full validation in the background; one that fails (a bug) is shown to the user, never mistaken
 * for a clean workspace (requests that need it answer with an LSP error instead).
 */
export function backgroundValidator(connection: Connection, Spbe: SpbeServices): () => void {
    const settings = Spbe.spbe.Settings;
    return () => {
        Spbe.spbe.WorkspaceValidation.validateAll().catch((error: unknown) => {
            const text = `SPBE: ${settings.locale === 'en' ? 'validating the workspace failed (internal error)' : 'validasi ruang kerja gagal (galat internal)'}: ${(error as Error)?.message ?? String(error)}`;
            connection.console.error(text);
            void connection.window.showErrorMessage(text);
        });
    };
}

/**
 * Follows the client's settings: the open folders and language from `initialize`, then the `spbe`
 * configuration section (locale, slow checks, property sorting), revalidating when the language or
 * the mode changed; once initialized, runs every check so that the Problems panel is complete.
 */
export function followClientSettings(connection: Connection, shared: LangiumSharedServices, Spbe: SpbeServices, folders: OpenFolders): void {
    const settings = Spbe.spbe.Settings;
    const validation = Spbe.spbe.WorkspaceValidation;
    const validateInBackground = backgroundValidator(connection, Spbe);
    let clientLocale: string | undefined;
    let initialLocale = settings.locale;
    let folderEvents = false;

    shared.lsp.LanguageServer.onInitialize(params => {
        folders.initialize(params);
        folderEvents = Boolean(params.capabilities.workspace?.workspaceFolders);
        clientLocale = params.locale;
        const options = params.initializationOptions as { docsBaseUrl?: string; locale?: string } | undefined;
        // The VS Code extension sends the resolved `spbe.locale` (Indonesian unless the user chose
        // English); other clients get their display language.
        initialLocale = options?.locale ? toLocale(options.locale) : toLocale(clientLocale);
        settings.locale = initialLocale;
        if (options?.docsBaseUrl) {
            settings.docsBaseUrl = options.docsBaseUrl;
        }
    });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'spbe') {
            return;
        }
        const config = update.configuration as { locale?: string; validation?: { slowChecks?: SlowChecksMode }; format?: { sortProperties?: boolean } } | undefined;
        settings.sortProperties = config?.format?.sortProperties === true;
        const locale = !config?.locale ? initialLocale : config.locale === 'auto' ? toLocale(clientLocale) : toLocale(config.locale);
        const mode = config?.validation?.slowChecks ?? 'onSave';
        const changed = locale !== settings.locale || mode !== settings.slowChecks;
        settings.locale = locale;
        validation.applyMode(mode);
        if (changed && shared.workspace.LangiumDocuments.all.some(d => d.state >= DocumentState.Validated)) {
            validateInBackground();
        }
    });

    // Once the workspace is loaded, run every check (slow ones included) so that the Problems panel
    // is complete at start-up; this replaces Langium's initial build, which validates nothing.
    shared.lsp.LanguageServer.onInitialized(() => {
        if (folderEvents) {
            connection.workspace.onDidChangeWorkspaceFolders(event => folders.change(event));
        }
        validateInBackground();
    });
}
