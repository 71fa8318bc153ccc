import { matchesIdentifier } from 'spbe-model';
import type { PreviewParams } from 'spbe-server/protocol';

/** What the extension accepts from the preview webview, checked field by field. */
export type PreviewMessage =
    | { readonly type: 'ready' }
    | { readonly type: 'request'; readonly params: PreviewParams }
    | { readonly type: 'reveal'; readonly id: string }
    | { readonly type: 'export'; readonly format: 'svg' | 'png' };

const views = new Set(['layered', 'opd', 'integrasi', 'gap']);
const kinds = new Set(['layanan', 'probis', 'data', 'aplikasi', 'infrastruktur', 'keamanan']);
/** An OPD code from the webview: the language's identifier rule (spbe-model), at most 100 characters. */
const isName = (v: string): boolean => v.length <= 100 && matchesIdentifier(v);

function names(value: unknown, valid: (v: string) => boolean): string[] | undefined | false {
    if (value === undefined) {
        return undefined;
    }
    return Array.isArray(value) && value.length <= 200 && value.every(v => typeof v === 'string' && valid(v)) ? value as string[] : false;
}

/**
 * The webview shows workspace content and could be made to misbehave, so its messages are parsed,
 * not trusted: unknown types or malformed fields are dropped. A reveal names a node id only; the
 * extension looks its location up in the payload it sent.
 */
export function parsePreviewMessage(message: unknown): PreviewMessage | undefined {
    if (typeof message !== 'object' || message === null) {
        return undefined;
    }
    const m = message as Record<string, unknown>;
    switch (m.type) {
        case 'ready':
            return { type: 'ready' };
        case 'reveal':
            return typeof m.id === 'string' && m.id.length > 0 && m.id.length <= 300 ? { type: 'reveal', id: m.id } : undefined;
        case 'export':
            return m.format === 'svg' || m.format === 'png' ? { type: 'export', format: m.format } : undefined;
        case 'request': {
            const p = m.params as Record<string, unknown> | undefined;
            if (typeof p !== 'object' || p === null || typeof p.view !== 'string' || !views.has(p.view)) {
                return undefined;
            }
            const opd = p.opd === undefined || (typeof p.opd === 'string' && isName(p.opd)) ? p.opd as string | undefined : false;
            const year = p.year === undefined || (typeof p.year === 'number' && Number.isInteger(p.year) && p.year >= 1900 && p.year <= 2200) ? p.year as number | undefined : false;
            const opds = names(p.opds, isName);
            const kindList = names(p.kinds, v => kinds.has(v));
            if (opd === false || year === false || opds === false || kindList === false) {
                return undefined;
            }
            return { type: 'request', params: { view: p.view as PreviewParams['view'], opd, year, opds, kinds: kindList } };
        }
        default:
            return undefined;
    }
}
