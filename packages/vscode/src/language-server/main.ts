import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { initializeGate, startSpbeLanguageServer } from 'spbe-server';

// The extension ships DejaVu Sans next to the bundle (out/language-server/../../fonts) for PNG export.
const fonts = path.join(path.dirname(process.argv[1]), '..', '..', 'fonts');
// The gate enforces the LSP lifecycle (nothing before initialize, nothing but exit after shutdown).
const gate = initializeGate();
startSpbeLanguageServer(createConnection(ProposedFeatures.all, { messageStrategy: gate }), {
    gate,
    fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(f => path.join(fonts, f))
});
