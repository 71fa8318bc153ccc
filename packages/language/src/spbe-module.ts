import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { SpbeCodeActionProvider } from './lsp/spbe-code-action-provider.js';
import { SpbeCodeLensProvider } from './lsp/spbe-code-lens-provider.js';
import { SpbeCompletionProvider } from './lsp/spbe-completion-provider.js';
import { SpbeDocumentSymbolProvider } from './lsp/spbe-document-symbol-provider.js';
import { SpbeFormatter } from './lsp/spbe-formatter.js';
import { SpbeHoverProvider } from './lsp/spbe-hover-provider.js';
import { SpbeRenameProvider } from './lsp/spbe-rename-provider.js';
import { SpbeSemanticTokenProvider } from './lsp/spbe-semantic-token-provider.js';
import { SpbeDocumentUpdateHandler } from './lsp/spbe-document-update-handler.js';
import { SpbeExecuteCommandHandler } from './lsp/spbe-execute-command-handler.js';
import { prefetchFactsWhenIdle } from './lsp/facts-prefetch.js';
import { refreshCodeLensesWhenIdle } from './lsp/code-lens-refresh.js';
import type { SpbeDocumentBuilder } from './workspace/spbe-document-builder.js';
import { SpbeGeneratedModule, SpbeGeneratedSharedModule } from './generated/module.js';
import { registerValidationChecks } from './validation/index.js';
import { SpbeCoreModule, SpbeSharedCoreModule, type SpbeAddedServices } from './spbe-core-module.js';

/** The language services with the editor's (`lsp`): the language server's container. */
export type SpbeServices = LangiumServices & SpbeAddedServices;

/** The editor services, on top of {@link SpbeCoreModule}. */
export const SpbeModule: Module<SpbeServices, PartialLangiumServices> = {
    lsp: {
        HoverProvider: s => new SpbeHoverProvider(s),
        CompletionProvider: s => new SpbeCompletionProvider(s),
        RenameProvider: s => new SpbeRenameProvider(s),
        CodeActionProvider: s => new SpbeCodeActionProvider(s),
        CodeLensProvider: s => new SpbeCodeLensProvider(s),
        SemanticTokenProvider: s => new SpbeSemanticTokenProvider(s),
        DocumentSymbolProvider: () => new SpbeDocumentSymbolProvider(),
        Formatter: s => new SpbeFormatter(s)
    }
};

const SpbeSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        DocumentUpdateHandler: (s: LangiumSharedServices) => new SpbeDocumentUpdateHandler(s),
        ExecuteCommandHandler: (s: LangiumSharedServices) => new SpbeExecuteCommandHandler(s)
    }
};

/**
 * The composition root of the language server (and of tests that ask editor services): the shared
 * services and the .spbe language services with the editor's. No other file but
 * spbe-core-module.ts (the same without the editor) calls `inject`.
 */
export function createSpbeServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Spbe: SpbeServices } {
    const shared = inject(createDefaultSharedModule(context), SpbeGeneratedSharedModule, SpbeSharedCoreModule, SpbeSharedModule);
    const Spbe = inject(createDefaultModule({ shared }), SpbeGeneratedModule, SpbeCoreModule, SpbeModule);
    shared.ServiceRegistry.register(Spbe);
    registerValidationChecks(Spbe);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    } else {
        // In the editor, edits run the fast checks; the slow ones follow `spbe.validation.slowChecks`.
        Spbe.spbe.WorkspaceValidation.applyMode(Spbe.spbe.Settings.slowChecks);
        // Requests that need a file validated wait for the start-up run instead of being refused.
        (shared.workspace.DocumentBuilder as SpbeDocumentBuilder).awaitFirstRun(Spbe.spbe.WorkspaceValidation.firstRunSettled);
        prefetchFactsWhenIdle(shared, Spbe.spbe.WorkspaceFacts);
        refreshCodeLensesWhenIdle(shared);
    }
    return { shared, Spbe };
}
