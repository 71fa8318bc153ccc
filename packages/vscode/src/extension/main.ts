import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ValidationSummaryNotification, type ValidationSummary } from 'spbe-server/protocol';
import { registerBuiltinContent } from './builtin-content.js';
import { registerBuildSiteCommand } from './commands/build-site.js';
import { registerCompareRevisionCommand } from './commands/compare-revision.js';
import { registerExportDiagramCommand } from './commands/export-diagram.js';
import { registerGenerateDocumentCommand } from './commands/generate-document.js';
import { registerGenerateRoadmapCommand } from './commands/generate-roadmap.js';
import { registerInventoryCommands } from './commands/inventory.js';
import { registerPreview } from './preview/preview-panel.js';
import { registerNewWorkspaceCommand } from './commands/new-workspace.js';
import { registerOpdDependenciesCommand } from './commands/opd-dependencies.js';
import { registerServerCommands } from './commands/server-commands.js';
import { registerValidateCommand } from './commands/validate-workspace.js';
import { registerStatusBar } from './status-bar.js';
import { initL10n, uiLocale } from './l10n.js';
import { linkRuleDocs, registerRuleDocs } from './rule-docs/rule-panel.js';

let client: LanguageClient | undefined;

/** Starts the bundled language server and registers the SPBE commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    initL10n(context);
    const output = vscode.window.createOutputChannel('SPBE', { log: true });
    context.subscriptions.push(output);
    client = createClient(context, output);
    // One handler for the server's notification (a client keeps one per method); everything else listens to the event.
    const validated = new vscode.EventEmitter<ValidationSummary>();
    context.subscriptions.push(validated, client.onNotification(ValidationSummaryNotification.type, summary => validated.fire(summary)));
    const deps = { context, client, output, onValidated: validated.event };
    registerBuiltinContent(deps);
    registerStatusBar(deps);
    registerValidateCommand(deps);
    registerNewWorkspaceCommand(deps);
    registerGenerateRoadmapCommand(deps);
    registerBuildSiteCommand(deps);
    registerGenerateDocumentCommand(deps);
    registerExportDiagramCommand(deps);
    registerCompareRevisionCommand(deps);
    registerInventoryCommands(deps);
    registerPreview(deps);
    registerServerCommands(deps);
    registerOpdDependenciesCommand(deps);
    registerRuleDocs(deps);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const module = context.asAbsolutePath('out/language-server/main.mjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'spbe' },
            { scheme: 'untitled', language: 'spbe' },
            { scheme: 'spbe-builtin', language: 'spbe' }
        ],
        synchronize: {
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.spbe'),
            configurationSection: 'spbe'
        },
        initializationOptions: {
            // Each diagnostic links to its rule in the documentation shipped with the extension.
            docsBaseUrl: vscode.Uri.file(context.asAbsolutePath('docs/diagnostics.md')).toString(),
            // Findings in the user's language from the first build on: `spbe.locale`, Indonesian by default.
            locale: uiLocale()
        },
        outputChannel: output,
        middleware: {
            // A finding's code opens its rule rendered, in the user's language (not the Markdown source).
            handleDiagnostics: (uri, diagnostics, next) => next(uri, linkRuleDocs(diagnostics))
        }
    };
    return new LanguageClient('spbe', 'SPBE Language Server', serverOptions, clientOptions);
}
