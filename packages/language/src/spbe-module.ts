import { createLangiumParser, inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { WorkspaceFactsProvider } from './analysis/workspace-facts.js';
import { SpbeCodeActionProvider } from './lsp/spbe-code-action-provider.js';
import { SpbeCodeLensProvider } from './lsp/spbe-code-lens-provider.js';
import { SpbeCompletionProvider } from './lsp/spbe-completion-provider.js';
import { SpbeDocumentSymbolProvider } from './lsp/spbe-document-symbol-provider.js';
import { SpbeFormatter } from './lsp/spbe-formatter.js';
import { SpbeHoverProvider } from './lsp/spbe-hover-provider.js';
import { SpbeRenameProvider } from './lsp/spbe-rename-provider.js';
import { SpbeSemanticTokenProvider } from './lsp/spbe-semantic-token-provider.js';
import { SpbeModelProvider } from './model/model-provider.js';
import { SpbeDocumentUpdateHandler } from './lsp/spbe-document-update-handler.js';
import { SpbeExecuteCommandHandler } from './lsp/spbe-execute-command-handler.js';
import { WorkspaceValidation } from './lsp/workspace-validation.js';
import { SpbeGeneratedModule, SpbeGeneratedSharedModule } from './generated/module.js';
import { installBlockRecovery } from './parser/block-recovery.js';
import { installFastContainerLinks } from './parser/container-links.js';
import { SpbeLexer } from './parser/spbe-lexer.js';
import { SpbeTokenBuilder } from './parser/spbe-token-builder.js';
import { SpbeValueConverter } from './parser/spbe-value-converter.js';
import { SpbeLexerErrorMessageProvider, SpbeParserErrorMessageProvider } from './parser/syntax-problems.js';
import { SpbeAstNodeLocator } from './references/spbe-ast-node-locator.js';
import { SpbeLinker } from './references/spbe-linker.js';
import { SpbeScopeComputation } from './references/spbe-scope-computation.js';
import { SpbeScopeProvider } from './references/spbe-scope-provider.js';
import { SpbeSymbolTable } from './references/spbe-symbol-table.js';
import { SpbeSettings } from './spbe-settings.js';
import { registerValidationChecks } from './validation/index.js';
import { SpbeDocumentValidator } from './validation/spbe-document-validator.js';
import { SpbeValidationRegistry } from './validation/spbe-validation-registry.js';
import { SourceProblems } from './workspace/source-problems.js';
import { SpbeDocumentBuilder } from './workspace/spbe-document-builder.js';
import { SpbeIndexManager } from './workspace/spbe-index-manager.js';
import { SpbeWorkspaceManager } from './workspace/spbe-workspace-manager.js';

/** Services of the .spbe language beyond Langium's, grouped under `spbe`. */
export type SpbeAddedServices = {
    spbe: {
        Settings: SpbeSettings;
        SymbolTable: SpbeSymbolTable;
        WorkspaceFacts: WorkspaceFactsProvider;
        SourceProblems: SourceProblems;
        Model: SpbeModelProvider;
        WorkspaceValidation: WorkspaceValidation;
    };
};

export type SpbeServices = LangiumServices & SpbeAddedServices;

export const SpbeModule: Module<SpbeServices, PartialLangiumServices & SpbeAddedServices> = {
    spbe: {
        Settings: () => new SpbeSettings(),
        SymbolTable: s => new SpbeSymbolTable(s.shared),
        WorkspaceFacts: s => new WorkspaceFactsProvider(s.shared),
        SourceProblems: () => new SourceProblems(),
        Model: s => new SpbeModelProvider(s.shared, s.spbe.WorkspaceFacts, s.documentation.CommentProvider),
        WorkspaceValidation: s => new WorkspaceValidation(s.shared, s.spbe.Settings)
    },
    parser: {
        LangiumParser: s => {
            const parser = createLangiumParser(s);
            installBlockRecovery(parser, s.Grammar);
            installFastContainerLinks(parser);
            return parser;
        },
        Lexer: s => new SpbeLexer(s),
        ValueConverter: () => new SpbeValueConverter(),
        TokenBuilder: () => new SpbeTokenBuilder(),
        ParserErrorMessageProvider: s => new SpbeParserErrorMessageProvider(s.Grammar),
        LexerErrorMessageProvider: () => new SpbeLexerErrorMessageProvider()
    },
    workspace: {
        AstNodeLocator: () => new SpbeAstNodeLocator()
    },
    references: {
        Linker: s => new SpbeLinker(s),
        ScopeComputation: s => new SpbeScopeComputation(s),
        ScopeProvider: s => new SpbeScopeProvider(s)
    },
    lsp: {
        HoverProvider: s => new SpbeHoverProvider(s),
        CompletionProvider: s => new SpbeCompletionProvider(s),
        RenameProvider: s => new SpbeRenameProvider(s),
        CodeActionProvider: s => new SpbeCodeActionProvider(s),
        CodeLensProvider: s => new SpbeCodeLensProvider(s),
        SemanticTokenProvider: s => new SpbeSemanticTokenProvider(s),
        DocumentSymbolProvider: () => new SpbeDocumentSymbolProvider(),
        Formatter: s => new SpbeFormatter(s)
    },
    validation: {
        DocumentValidator: s => new SpbeDocumentValidator(s),
        ValidationRegistry: s => new SpbeValidationRegistry(s)
    }
};

const SpbeSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: (s: LangiumSharedServices) => new SpbeWorkspaceManager(s),
        DocumentBuilder: (s: LangiumSharedServices) => new SpbeDocumentBuilder(s),
        IndexManager: (s: LangiumSharedServices) => new SpbeIndexManager(s)
    },
    lsp: {
        DocumentUpdateHandler: (s: LangiumSharedServices) => new SpbeDocumentUpdateHandler(s),
        ExecuteCommandHandler: (s: LangiumSharedServices) => new SpbeExecuteCommandHandler(s)
    }
};

/**
 * The composition root: the shared services (one per server / CLI run) and the .spbe language
 * services. No other file calls `inject`.
 */
export function createSpbeServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Spbe: SpbeServices } {
    const shared = inject(createDefaultSharedModule(context), SpbeGeneratedSharedModule, SpbeSharedModule);
    const Spbe = inject(createDefaultModule({ shared }), SpbeGeneratedModule, SpbeModule);
    shared.ServiceRegistry.register(Spbe);
    registerValidationChecks(Spbe);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    } else {
        // In the editor, edits run the fast checks; the slow ones follow `spbe.validation.slowChecks`.
        Spbe.spbe.WorkspaceValidation.applyMode(Spbe.spbe.Settings.slowChecks);
    }
    return { shared, Spbe };
}
