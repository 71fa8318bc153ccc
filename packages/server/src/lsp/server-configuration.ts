import { DocumentState } from 'langium';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { SlowChecksMode, SpbeDocumentUpdateHandler, SpbeServices, SpbeWorkspaceManager, UnreadableFolder } from 'spbe-language';
import type { LangiumSharedServices } from 'langium/lsp';
import { editorSentence, folderReadReason, toLocale, type Locale } from 'spbe-model';
import type { OpenFolders } from './open-folders.js';

/**
 * Shows `text` in the editor, already written to the log, as the notification `window/showMessage`:
 * vscode-languageserver's showErrorMessage and showWarningMessage send the request form even without
 * actions, and a client that refuses it (one with no handler answers with an error) ended the
 * server with an unhandled rejection.
 */
function showToUser(connection: Connection, severity: 'error' | 'warning', text: string): void {
    const type = severity === 'error' ? MessageType.Error : MessageType.Warning;
    connection.sendNotification(ShowMessageNotification.type, { type, message: text }).catch(() => undefined);
}

/**
 * A full validation in the background; one that fails (a bug) is shown to the user, never mistaken
 * for a clean workspace (requests that need it answer with an LSP error instead).
 */
export function backgroundValidator(connection: Connection, Spbe: SpbeServices): () => void {
    const settings = Spbe.spbe.Settings;
    return () => {
        Spbe.spbe.WorkspaceValidation.validateAll().catch((error: unknown) => {
            const text = `SPBE: ${editorSentence('workspaceValidationFailed', settings.locale, { detail: (error as Error)?.message ?? String(error) })}`;
            connection.console.error(text);
            showToUser(connection, 'error', text);
        });
    };
}

/** What the user is told of a folder the server cannot list, in `locale`. */
export function unreadableFolderSentence(folder: UnreadableFolder, locale: Locale): string {
    // A folder that is not there, or is a file, is a wrong path, not a permission.
    const sentence = folder.code === 'ENOENT' || folder.code === 'ENOTDIR' ? 'folderNotFound' : 'folderUnreadable';
    return editorSentence(sentence, locale, { folder: folder.uri.fsPath, reason: folderReadReason(folder.code, folder.message, locale) });
}

/**
 * Tells the user, in their language, of each workspace folder the server cannot list (a warning
 * message and a line in the log), once per folder: its files are left out, the rest is checked.
 * The start-up load lists the folders while the client's settings are still being asked for, so
 * a message waits for `settingsApplied` (the language the user chose).
 */
export function reportUnreadableFolders(connection: Connection, shared: LangiumSharedServices, Spbe: SpbeServices, settingsApplied: Promise<void>): void {
    const reported = new Set<string>();
    (shared.workspace.WorkspaceManager as SpbeWorkspaceManager).onUnreadableFolder(folder => {
        // `…/ws2/` and `…/ws2` are one folder.
        const key = folder.uri.with({ path: folder.uri.path.replace(/(.)\/+$/, '$1') }).toString();
        if (reported.has(key)) {
            return;
        }
        reported.add(key);
        void settingsApplied.then(() => {
            const text = `SPBE: ${unreadableFolderSentence(folder, Spbe.spbe.Settings.locale)}`;
            connection.console.warn(text);
            showToUser(connection, 'warning', text);
        });
    });
}

/**
 * Follows the client's settings: the open folders and language from `initialize`, then the `spbe`
 * configuration section (locale, slow checks, property sorting), revalidating when the language or
 * the mode changed; once initialized, runs every check so that the Problems panel is complete.
 *
 * @returns a promise that resolves once the client's settings of the start-up are applied (or the
 *   defaults, after `ConfigurationWaitMs` without an answer).
 */
export function followClientSettings(connection: Connection, shared: LangiumSharedServices, Spbe: SpbeServices, folders: OpenFolders): Promise<void> {
    const settings = Spbe.spbe.Settings;
    const validation = Spbe.spbe.WorkspaceValidation;
    const validateInBackground = backgroundValidator(connection, Spbe);
    let clientLocale: string | undefined;
    let initialLocale = settings.locale;
    let folderEvents = false;
    let startupSettingsApplied: () => void = () => undefined;
    const startupSettings = new Promise<void>(resolve => {
        startupSettingsApplied = resolve;
    });

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

    type SpbeSection = { locale?: string; validation?: { slowChecks?: SlowChecksMode }; format?: { sortProperties?: boolean } } | undefined;
    /** Applies the `spbe` section; true when the language or the slow-check mode changed. */
    const apply = (config: SpbeSection): boolean => {
        settings.sortProperties = config?.format?.sortProperties === true;
        const locale = !config?.locale ? initialLocale : config.locale === 'auto' ? toLocale(clientLocale) : toLocale(config.locale);
        const mode = config?.validation?.slowChecks ?? 'onSave';
        const changed = locale !== settings.locale || mode !== settings.slowChecks;
        settings.locale = locale;
        validation.applyMode(mode);
        return changed;
    };

    const configuration = shared.workspace.ConfigurationProvider;
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section !== 'spbe') {
            return;
        }
        if (apply(update.configuration as SpbeSection) && shared.workspace.LangiumDocuments.all.some(d => d.state >= DocumentState.Validated)) {
            validateInBackground();
        }
    });

    // Once the workspace is loaded, run every check (slow ones included) so that the Problems panel
    // is complete at start-up; this replaces Langium's initial build, which validates nothing.
    shared.lsp.LanguageServer.onInitialized(async () => {
        if (folderEvents) {
            connection.workspace.onDidChangeWorkspaceFolders(event => {
                folders.change(event);
                (shared.lsp.DocumentUpdateHandler as SpbeDocumentUpdateHandler).didChangeWorkspaceFolders(event);
            });
        }
        // Langium fetches the `spbe` section at start-up without announcing it as an update, so a
        // client that answers `workspace/configuration` (Neovim, Helix, Emacs) would get its setting
        // only after the next change. Read it once it is there; a client that never answers must not
        // keep the workspace unvalidated, hence the cap.
        try {
            const answered = await Promise.race([
                configuration.ready.then(() => true),
                new Promise<boolean>(resolve => setTimeout(() => resolve(false), ConfigurationWaitMs))
            ]);
            // Langium's getConfiguration waits for that answer too: without one, the defaults.
            apply(answered ? {
                locale: await configuration.getConfiguration('spbe', 'locale'),
                validation: await configuration.getConfiguration('spbe', 'validation'),
                format: await configuration.getConfiguration('spbe', 'format')
            } : undefined);
        } finally {
            startupSettingsApplied();
        }
        validateInBackground();
    });
    return startupSettings;
}

/** How long (ms) start-up waits for the client's answer to `workspace/configuration`. */
const ConfigurationWaitMs = 5_000;
