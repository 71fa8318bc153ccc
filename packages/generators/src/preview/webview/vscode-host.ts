import type { FromWebview, ToWebview } from './messages.js';
import type { PreviewHost, SavedState } from './preview-host.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): SavedState | undefined;
    setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** True inside a VS Code webview (it defines `acquireVsCodeApi`). */
export function inVsCode(): boolean {
    return typeof (globalThis as { acquireVsCodeApi?: unknown }).acquireVsCodeApi === 'function';
}

/** The live preview's host: the extension answers requests with payloads over `postMessage`. */
export function vscodeHost(): PreviewHost {
    const api = acquireVsCodeApi();
    return {
        features: { views: ['layered', 'opd', 'integrasi', 'gap'], opdChoice: true, years: true, filters: true, exports: true },
        postMessage: message => api.postMessage(message),
        getState: () => api.getState(),
        setState: state => api.setState(state),
        onMessage: listener => window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
            if (event.data && typeof event.data === 'object') {
                listener(event.data);
            }
        })
    };
}
