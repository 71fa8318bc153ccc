// The .spbe language without the editor: parsing, linking, checks and the model, which is all a
// one-shot run (`spbe validate`, the generators) needs. Nothing here imports `langium/lsp` or
// `vscode-languageserver`, so the CLI's bundle chunks for those commands leave the language
// server's code out (spbe-module.ts adds the editor services on top of this module).
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, createLangiumParser, inject, type DefaultSharedCoreModuleContext,
    type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices,
    type PartialLangiumSharedCoreServices
} from 'langium';
import { WorkspaceFactsProvider } from './analysis/workspace-facts.js';
import { WorkspaceValidation } from './lsp/workspace-validation.js';
import { SpbeModelProvider } from './model/model-provider.js';
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
import { SpbeDocumentFactory } from './workspace/spbe-document-factory.js';
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

/** The language services without the editor's (`lsp`): what checks, the model and one-shot runs use. */
export type SpbeCoreServices = LangiumCoreServices & SpbeAddedServices;

export const SpbeCoreModule: Module<SpbeCoreServices, PartialLangiumCoreServices & SpbeAddedServices> = {
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
    validation: {
        DocumentValidator: s => new SpbeDocumentValidator(s),
        ValidationRegistry: s => new SpbeValidationRegistry(s)
    }
};

export const SpbeSharedCoreModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        WorkspaceManager: (s: LangiumSharedCoreServices) => new SpbeWorkspaceManager(s),
        DocumentBuilder: (s: LangiumSharedCoreServices) => new SpbeDocumentBuilder(s),
        LangiumDocumentFactory: (s: LangiumSharedCoreServices) => new SpbeDocumentFactory(s),
        IndexManager: (s: LangiumSharedCoreServices) => new SpbeIndexManager(s)
    }
};

/**
 * The composition root of one-shot runs (no language client): the shared core services and the
 * .spbe language services without the editor's, with the default settings (nobody sends a
 * configuration). Same parsing, linking and checks as {@link createSpbeServices}.
 */
export function createSpbeCoreServices(context: DefaultSharedCoreModuleContext): { shared: LangiumSharedCoreServices; Spbe: SpbeCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), SpbeGeneratedSharedModule, SpbeSharedCoreModule);
    const Spbe = inject(createDefaultCoreModule({ shared }), SpbeGeneratedModule, SpbeCoreModule);
    shared.ServiceRegistry.register(Spbe);
    registerValidationChecks(Spbe);
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Spbe };
}
