import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSpbeLanguageServer } from 'spbe-language/node';

// The extension ships DejaVu Sans next to the bundle (out/language-server/../../fonts) for PNG export.
const fonts = path.join(path.dirname(process.argv[1]), '..', '..', 'fonts');
startSpbeLanguageServer(createConnection(ProposedFeatures.all), {
    fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(f => path.join(fonts, f))
});
