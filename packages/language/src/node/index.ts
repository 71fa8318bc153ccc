export * from './load-workspace.js';
export * from './atomic-write.js';
export * from './language-server.js';
export * from './write-outputs.js';
