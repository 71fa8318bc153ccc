import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSpbeLanguageServer } from 'spbe-language/node';

startSpbeLanguageServer(createConnection(ProposedFeatures.all));
