// The public surface of spbe-server: the Node side that the CLI and the VS Code extension adapt.
export { findSourceFiles, loadWorkspace, loadSources, internalFailureOf, type FileDiagnostic, type LoadedWorkspace, WorkspaceLoadError, InternalFailureError } from './workspace/load-workspace.js';
export { writeFileAtomic, UnsafeWriteError, WriteFailedError } from './workspace/atomic-write.js';
export * from './workspace/write-outputs.js';
export { renderPng } from './workspace/render-png.js';
export * from './workspace/export-diagram.js';
export { diffWorkspaces } from './workspace/diff-workspaces.js';
export { localized, UserError } from './workspace/user-error.js';
export { scaffoldWorkspace } from './workspace/scaffold-workspace.js';
export * from './workspace/display-path.js';
export { readInventoryFiles, opdCodesIn, importInventory, keptSheetMessage, type ImportRequest, ImportCheckError } from './inventory/import-inventory.js';
export { formatProblem } from './inventory/import-problems.js';
export { checkFormats, checkRoadmapFilters, checkDiagramSpec } from './use-cases/request-checks.js';
export { checkScaffoldOptions } from './use-cases/scaffold-options.js';
export { startSpbeLanguageServer, startStdioLanguageServer } from './lsp/language-server.js';
export { initializeGate } from './lsp/initialize-gate.js';
