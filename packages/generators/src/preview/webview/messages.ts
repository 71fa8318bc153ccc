import type { PreviewParams, PreviewPayload } from '../preview-model.js';

/** Extension → webview. */
export type ToWebview =
    | { readonly type: 'payload'; readonly payload: PreviewPayload }
    | { readonly type: 'highlight'; readonly id: string | null }
    | { readonly type: 'error'; readonly message: string };

/** Webview → extension. */
export type FromWebview =
    | { readonly type: 'ready' }
    | { readonly type: 'request'; readonly params: PreviewParams }
    | { readonly type: 'reveal'; readonly id: string }
    | { readonly type: 'export'; readonly format: 'svg' | 'png' };
