// The public surface of spbe-generators: every output made from the plain model.
export * from './output/escape.js';
export * from './output/csv-table.js';
export * from './roadmap/index.js';
export * from './index-report/index-report.js';
export * from './output/document-words.js';
export * from './diagram/index.js';
export * from './diff/index.js';
export * from './inventory/index.js';
export * from './preview/preview-model.js';
export * from './preview/preview-payload.js';
export * from './scaffold/workspace-template.js';
