// The public surface of spbe-server: the Node side that the CLI and the VS Code extension adapt.
export * from './workspace/load-workspace.js';
export * from './workspace/atomic-write.js';
export * from './workspace/write-outputs.js';
export * from './workspace/render-png.js';
export * from './workspace/export-diagram.js';
export * from './workspace/git-revision.js';
export * from './workspace/diff-workspaces.js';
export * from './workspace/user-error.js';
export * from './workspace/scaffold-workspace.js';
export * from './workspace/display-path.js';
export * from './workspace/source-file-system.js';
export * from './inventory/import-inventory.js';
export { formatProblem, type ImportProblem, type ImportReason } from './inventory/import-problems.js';
export * from './use-cases/request-checks.js';
export * from './use-cases/scaffold-options.js';
export * from './lsp/language-server.js';
export * from './lsp/open-folders.js';
export * from './lsp/initialize-gate.js';
