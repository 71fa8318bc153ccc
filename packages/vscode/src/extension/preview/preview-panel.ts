import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ElementAtRequest, ExportDiagramRequest, PreviewRequest, SpbeCommands, type PreviewParams, type PreviewPayload } from 'spbe-server/protocol';
import type { ExtensionDeps } from '../deps.js';
import { outputFolder } from '../commands/generate-roadmap.js';
import { parseOpenRequest } from '../webview-messages.js';
import { previewHtml } from './preview-html.js';
import { parsePreviewMessage } from './preview-messages.js';
import { t, uiLocale } from '../l10n.js';
import { declaredOpd } from '../identifier-input.js';

/** How long typing must pause before the preview asks for a new model, and the cursor before it follows. */
const refreshDelayMs = 150;
const cursorDelayMs = 120;

/** What tests (and other extensions) can ask of an open preview. */
export interface PreviewHandle {
    readonly payload: PreviewPayload | undefined;
    /** Resolves with the next payload posted to the webview. */
    nextPayload(): Promise<PreviewPayload>;
}

class PreviewPanel implements PreviewHandle {
    payload: PreviewPayload | undefined;
    private params: PreviewParams;
    private refreshTimer: NodeJS.Timeout | undefined;
    private stale = false;
    private cursorTimer: NodeJS.Timeout | undefined;
    private waiting: Array<(p: PreviewPayload) => void> = [];
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly deps: ExtensionDeps, readonly panel: vscode.WebviewPanel, initial: PreviewParams, private readonly onDispose: () => void) {
        this.params = initial;
        const media = vscode.Uri.joinPath(deps.context.extensionUri, 'media');
        const script = vscode.Uri.joinPath(deps.context.extensionUri, 'out', 'webview', 'preview.js');
        panel.webview.options = { enableScripts: true, localResourceRoots: [media, vscode.Uri.joinPath(deps.context.extensionUri, 'out', 'webview')] };
        // The page is in `spbe.locale` resolved as the server resolves it for the preview's requests
        // (the extension sends it at start, the server follows the setting), so toolbar and payload agree.
        const page = () => previewHtml({
            cspSource: panel.webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            scriptUri: panel.webview.asWebviewUri(script).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
            locale: uiLocale()
        });
        panel.webview.html = page();
        this.disposables.push(
            // A new language reloads the page; the app keeps its view (webview state) and asks for it again.
            vscode.workspace.onDidChangeConfiguration(event => { if (event.affectsConfiguration('spbe.locale')) { panel.webview.html = page(); } }),
            panel.webview.onDidReceiveMessage(message => this.receive(message)),
            deps.onValidated(() => this.scheduleRefresh()),
            vscode.window.onDidChangeTextEditorSelection(event => this.followCursor(event.textEditor)),
            // A hidden preview skips the redraws (a layout each time); it catches up when shown again.
            panel.onDidChangeViewState(({ webviewPanel }) => { if (webviewPanel.visible && this.stale) { this.scheduleRefresh(); } }),
            panel.onDidDispose(() => this.dispose())
        );
    }

    show(params: PreviewParams | undefined): void {
        if (params) {
            this.params = params;
            void this.refresh();
        }
        this.panel.reveal(vscode.ViewColumn.Beside, true);
    }

    nextPayload(): Promise<PreviewPayload> {
        return new Promise(resolve => this.waiting.push(resolve));
    }

    private async receive(raw: unknown): Promise<void> {
        const message = parsePreviewMessage(raw);
        if (!message) {
            this.deps.output.warn(`Preview: ignored a malformed message from the webview`);
            return;
        }
        switch (message.type) {
            case 'ready':
                return this.refresh();
            case 'request':
                this.params = message.params;
                return this.refresh();
            case 'reveal':
                return this.reveal(message.id);
            case 'export':
                return this.export(message.format);
        }
    }

    private scheduleRefresh(): void {
        if (!this.panel.visible) {
            this.stale = true;
            return;
        }
        this.stale = false;
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => { void this.refresh(); }, refreshDelayMs);
    }

    private async refresh(): Promise<void> {
        try {
            const payload = await this.deps.client.sendRequest(PreviewRequest.type, { ...this.params });
            this.payload = payload;
            await this.panel.webview.postMessage({ type: 'payload', payload });
            const waiting = this.waiting;
            this.waiting = [];
            waiting.forEach(resolve => resolve(payload));
        } catch (error) {
            await this.panel.webview.postMessage({ type: 'error', message: t('Preview failed: {0}', (error as Error).message) });
        }
    }

    private followCursor(editor: vscode.TextEditor): void {
        if (editor.document.languageId !== 'spbe' || !this.panel.visible) {
            return;
        }
        clearTimeout(this.cursorTimer);
        this.cursorTimer = setTimeout(async () => {
            const position = editor.selection.active;
            const id = await this.deps.client.sendRequest(ElementAtRequest.type, { uri: editor.document.uri.toString(), line: position.line, character: position.character });
            await this.panel.webview.postMessage({ type: 'highlight', id });
        }, cursorDelayMs);
    }

    /** Opens the declaration of a node the payload describes; the webview only names the node. */
    private async reveal(id: string): Promise<void> {
        const source = this.payload?.nodes.find(n => n.id === id)?.source;
        if (!source) {
            return;
        }
        let uri: vscode.Uri | undefined;
        if (source.uri.startsWith('spbe-builtin:')) {
            uri = vscode.Uri.parse(source.uri, true);
        } else {
            const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(source.uri, true));
            const request = folder && parseOpenRequest(folder.uri.fsPath, { type: 'open', uri: source.uri, line: source.line, character: source.character });
            uri = request ? vscode.Uri.file(request.fsPath) : undefined;
        }
        if (!uri) {
            return;
        }
        const range = new vscode.Range(source.line, source.character, source.endLine, source.endCharacter);
        const column = vscode.window.visibleTextEditors.find(e => e.document.languageId === 'spbe')?.viewColumn ?? vscode.ViewColumn.One;
        await vscode.window.showTextDocument(uri, { viewColumn: column, selection: range, preserveFocus: false });
    }

    private async export(format: 'svg' | 'png'): Promise<void> {
        const out = outputFolder();
        if (!out) {
            return;
        }
        const p = this.params;
        const result = await this.deps.client.sendRequest(ExportDiagramRequest.type, {
            outputDir: out.fsPath, view: p.view === 'opd' ? `opd:${p.opd ?? ''}` : p.view, year: p.year, formats: [format], opds: p.opds, kinds: p.kinds
        });
        void vscode.window.showInformationMessage(t('SPBE: wrote {0}', result.files.map(f => vscode.workspace.asRelativePath(f)).join(', ')));
    }

    private dispose(): void {
        clearTimeout(this.refreshTimer);
        clearTimeout(this.cursorTimer);
        this.disposables.forEach(d => d.dispose());
        this.onDispose();
    }
}

/** The OPD declared in the active editor, for "the OPD of the active file". */
function activeOpd(): string | undefined {
    const text = vscode.window.activeTextEditor?.document.languageId === 'spbe' ? vscode.window.activeTextEditor.document.getText() : '';
    return declaredOpd(text);
}

/** SPBE: Open Preview — one live preview panel beside the editor; the command (and its button and code lens) reveals it. */
export function registerPreview(deps: ExtensionDeps): void {
    let current: PreviewPanel | undefined;
    deps.context.subscriptions.push(vscode.commands.registerCommand(SpbeCommands.OpenPreview, (preset?: Partial<PreviewParams>) => {
        const opd = preset?.opd ?? activeOpd();
        const params: PreviewParams | undefined = preset?.view ? { view: preset.view, opd, year: preset.year } : undefined;
        if (!current) {
            const panel = vscode.window.createWebviewPanel('spbe.preview', t('SPBE Preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
            current = new PreviewPanel(deps, panel, params ?? { view: opd ? 'opd' : 'layered', opd }, () => { current = undefined; });
        }
        current.show(params);
        return current as PreviewHandle;
    }));
}
