// `spbe-server/validate`: just what a one-shot validate needs (load a workspace from disk, validate
// it, name an internal failure, show paths and counts in the report). The CLI's validate command
// imports this instead of the package index so that its bundle chunks do not reach the generators
// (docx, jszip, the site, …): a bundle chunk holds every module a barrel re-exports, used or not.
export { internalFailureOf } from './workspace/load-workspace.js';
export type { FileDiagnostic } from './workspace/load-workspace.js';
export { countFindings, diskWorkspace, type FindingCounts } from './use-cases/workspace-source.js';
export { displayPath } from './workspace/display-path.js';
export { validateWorkspace } from './use-cases/validate-workspace.js';
export { writeFileAtomic } from './workspace/atomic-write.js';
