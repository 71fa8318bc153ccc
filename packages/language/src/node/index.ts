export * from './load-workspace.js';
export * from './atomic-write.js';
export * from './language-server.js';
export * from './write-outputs.js';
export * from './render-png.js';
export * from './export-diagram.js';
export * from './git-revision.js';
export * from './diff-workspaces.js';
