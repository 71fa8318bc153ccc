// `spbe-language/core`: the language without the editor, for one-shot runs (the CLI's workspace
// loading). The CLI bundle imports this instead of the package index so that its chunks do not reach
// the language server's code (langium/lsp, vscode-languageserver): a bundle chunk holds every module
// a barrel re-exports, used or not.
export { createSpbeCoreServices, type SpbeCoreServices } from './spbe-core-module.js';
export { ensureBuiltinLibrary } from './builtin/builtin-library.js';
export { errorDetail } from './validation/internal-failure.js';
export { decodeUtf8 } from './workspace/utf8.js';
export { InputLimits } from './workspace/input-limits.js';
