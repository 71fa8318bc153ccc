import { defineCommand } from '../command-definition.js';

/**
 * `spbe lsp --stdio`: the language server for editors other than VS Code. Resolves at once with 0;
 * the server keeps the process alive until the editor closes stdin or asks it to exit.
 */
export const lspDefinition = defineCommand({
    path: ['lsp'],
    define: command => command
        .description('run the language server over stdin/stdout (for editors other than VS Code)')
        .option('--stdio', 'the transport (the only one; accepted because editors pass it)'),
    run: async () => {
        const [{ startStdioLanguageServer }, { cliFontFiles }] = await Promise.all([import('spbe-server'), import('../font-files.js')]);
        startStdioLanguageServer(cliFontFiles());
        return 0;
    }
});
