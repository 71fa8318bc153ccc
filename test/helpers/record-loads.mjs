// Preloaded with `node --import` by test/cli/lazy-loading.test.ts: records the URL of every module
// the process resolves (ESM imports and require() alike) and writes them, one per line, to the file
// named by SPBE_RECORD_LOADS when the process exits.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = new Set();
registerHooks({
    resolve(specifier, context, nextResolve) {
        const result = nextResolve(specifier, context);
        loaded.add(result.url);
        return result;
    }
});
process.on('exit', () => {
    writeFileSync(process.env.SPBE_RECORD_LOADS, [...loaded].join('\n'));
});
