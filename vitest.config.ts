import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    resolve: {
        alias: {
            // Unit tests exercise the public API straight from source; only CLI tests need a build.
            'spbe-language/protocol': fileURLToPath(new URL('./packages/language/src/lsp/protocol.ts', import.meta.url)),
            'spbe-language/node': fileURLToPath(new URL('./packages/language/src/node/index.ts', import.meta.url)),
            'spbe-language': fileURLToPath(new URL('./packages/language/src/index.ts', import.meta.url))
        }
    },
    test: {
        include: ['test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000
    }
});
