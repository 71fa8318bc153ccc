import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`./packages/${file}`, import.meta.url));

export default defineConfig({
    resolve: {
        alias: {
            // Unit tests exercise the public API straight from source; only CLI tests need a build.
            'spbe-server/protocol': src('server/src/lsp/protocol.ts'),
            'spbe-server/validate': src('server/src/validate-only.ts'),
            'spbe-server': src('server/src/index.ts'),
            'spbe-generators/escape': src('generators/src/output/escape.ts'),
            'spbe-generators': src('generators/src/index.ts'),
            'spbe-language/contract': src('language/src/lsp/client-contract.ts'),
            'spbe-language/core': src('language/src/core.ts'),
            'spbe-language': src('language/src/index.ts'),
            'spbe-model': src('model/src/index.ts')
        }
    },
    test: {
        include: ['test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000
    }
});
