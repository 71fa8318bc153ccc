// The public surface of spbe-language: the Langium services and what the Node side needs of them.
export { createSpbeServices, type SpbeServices } from './spbe-module.js';
export { type SpbeDocumentUpdateHandler } from './lsp/spbe-document-update-handler.js';
export { type SpbeWorkspaceManager, type UnreadableFolder } from './workspace/spbe-workspace-manager.js';
export { type SlowChecksMode } from './spbe-settings.js';
export { isAplikasi, isData, isIntegrasi, isOpd, isPemda, isPenilaian, isPetaRencana, Aplikasi, Integrasi, Opd, Pemda, PetaRencana, Workspace } from './generated/ast.js';
export { stageName } from './validation/internal-failure.js';
export { ensureBuiltinLibrary } from './builtin/builtin-library.js';
export { itemYears } from './analysis/workspace-facts.js';
export { decodeUtf8, firstInvalidUtf8Byte } from './workspace/utf8.js';
export * from './validation/diagnostics-doc-id.js';
export { formatSource, lineBreakOf } from './format/format-source.js';
export { elementIdAt, findingsByElement, findingsByPlace } from './lsp/element-locator.js';
export { opdDependencies } from './lsp/opd-dependencies.js';
export { SpbeCommands, SpbeServerCommands } from './lsp/client-contract.js';
