export * from './load-workspace.js';
export * from './atomic-write.js';
