// Writes docs/diagnostics.id.md from the issue catalog (Indonesian summaries) and the examples of
// docs/diagnostics.md. Run after `npm run build` whenever either changes; test/docs.test.ts fails
// while the committed file differs from what this writes.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { indonesianDiagnosticsDoc } from 'spbe-language';

const english = readFileSync('docs/diagnostics.md', 'utf-8');
writeFileSync('docs/diagnostics.id.md.tmp', indonesianDiagnosticsDoc(english));
renameSync('docs/diagnostics.id.md.tmp', 'docs/diagnostics.id.md');
console.log('wrote docs/diagnostics.id.md');
