import { diagramAppWord, type Locale } from 'spbe-model';
import type { PreviewParams, PreviewPayload } from '../preview-model.js';
import { siteDiagramKey, sitePayload, type SiteDiagrams } from '../site-diagram-data.js';
import type { ToWebview } from './messages.js';
import type { PreviewHost } from './preview-host.js';

/**
 * The host of a static page: requests are answered from the precomputed payloads, and activating
 * an element (click, Enter, a finding) opens its page instead of revealing it in an editor. A view
 * the site did not build is refused in `locale`, the page's language.
 */
export function staticHost(data: SiteDiagrams, locale: Locale, navigate: (href: string) => void = href => { window.location.href = href; }): PreviewHost {
    let listener: ((message: ToWebview) => void) | undefined;
    let shown: PreviewPayload | undefined;
    const send = (message: ToWebview) => queueMicrotask(() => listener?.(message));
    const show = (params: PreviewParams) => {
        const payload = sitePayload(data.payloads, siteDiagramKey(params));
        const opdPage = params.view === 'opd' && params.opd ? data.links[`opd:${params.opd}`] : undefined;
        if (payload) {
            shown = payload;
            send({ type: 'payload', payload });
        } else if (opdPage) {
            navigate(opdPage);
        } else {
            send({ type: 'error', message: diagramAppWord('notOnStaticSite', locale) });
        }
    };
    return {
        features: data.features,
        postMessage: message => {
            if (message.type === 'ready') {
                show(data.initial);
            } else if (message.type === 'request') {
                show(message.params);
            } else if (message.type === 'reveal') {
                const node = shown?.nodes.find(n => n.id === message.id);
                const href = node && (data.links[node.elementId ?? ''] ?? data.links[`opd:${node.opd}`]);
                if (href) {
                    navigate(href);
                }
            }
        },
        getState: () => undefined,
        setState: () => undefined,
        onMessage: l => { listener = l; }
    };
}
