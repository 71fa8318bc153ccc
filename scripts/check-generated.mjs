// Regenerates the parser, AST and TextMate grammar from the .langium sources, and the grammar facts
// of the model package from them, and fails if the committed files differ: generated code is
// committed, so it must never drift from its grammar.
import { execFileSync } from 'node:child_process';

const generated = ['packages/language/src/generated', 'packages/model/src/generated', 'syntaxes/spbe.tmLanguage.json'];
execFileSync('npx', ['langium', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync(process.execPath, ['scripts/gen-grammar-facts.mjs'], { stdio: 'inherit' });
try {
    execFileSync('git', ['diff', '--exit-code', '--stat', '--', ...generated], { stdio: 'inherit' });
    console.log('generated code is up to date');
} catch {
    console.error('generated code differs from the grammar: run `npm run langium:generate` and commit the result');
    process.exit(1);
}
