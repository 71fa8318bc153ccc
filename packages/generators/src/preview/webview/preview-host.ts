import type { PreviewParams } from '../preview-model.js';
import type { HostFeatures } from '../site-diagram-data.js';
import type { FromWebview, ToWebview } from './messages.js';

export type GapSide = 'both' | 'asis' | 'tobe';

/** What the app keeps across reloads of its page (VS Code restores it with the webview). */
export interface SavedState {
    readonly params: PreviewParams;
    readonly gapSide: GapSide;
    readonly pan?: { x: number; y: number; scale: number };
}

/**
 * Where the diagram app gets its payloads and sends what the user does: the VS Code webview API, or
 * a static page whose payloads were computed when the site was built.
 */
export interface PreviewHost {
    readonly features: HostFeatures;
    postMessage(message: FromWebview): void;
    getState(): SavedState | undefined;
    setState(state: SavedState): void;
    /** Calls `listener` for every message the host sends (payloads, highlights, errors). */
    onMessage(listener: (message: ToWebview) => void): void;
}
