import { describe, expect, test } from 'vitest';
import { parsePreviewMessage } from '../../packages/vscode/src/extension/preview/preview-messages.js';
import { previewHtml } from '../../packages/vscode/src/extension/preview/preview-html.js';

describe('the preview webview: strict CSP, and messages parsed before use', () => {
    test('the page allows scripts only with its nonce, styles only from the extension, nothing inline, no network', () => {
        const html = previewHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'Tm9uY2U=', scriptUri: 'https://x/preview.js', styleUri: 'https://x/preview.css', locale: 'id' });
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1];
        expect(csp).toBe("default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net data:; style-src https://file+.vscode-resource.vscode-cdn.net; "
            + "font-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-Tm9uY2U='");
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
        expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="Tm9uY2U=" src="https://x/preview.js">']);
        expect(html).not.toMatch(/<style|style="/);
    });

    test('well-formed messages come through, normalised', () => {
        expect(parsePreviewMessage({ type: 'ready' })).toEqual({ type: 'ready' });
        expect(parsePreviewMessage({ type: 'reveal', id: 'DISKOMINFO.SURGA' })).toEqual({ type: 'reveal', id: 'DISKOMINFO.SURGA' });
        expect(parsePreviewMessage({ type: 'export', format: 'png' })).toEqual({ type: 'export', format: 'png' });
        expect(parsePreviewMessage({ type: 'request', params: { view: 'opd', opd: 'DISKOMINFO', year: 2027, opds: ['A'], kinds: ['data'], extra: 'ignored' } }))
            .toEqual({ type: 'request', params: { view: 'opd', opd: 'DISKOMINFO', year: 2027, opds: ['A'], kinds: ['data'] } });
    });

    test.each([
        ['an unknown type', { type: 'openFile', path: '/etc/passwd' }],
        ['a reveal without an id', { type: 'reveal' }],
        ['a reveal with an object id', { type: 'reveal', id: { toString: () => 'x' } }],
        ['an export in another format', { type: 'export', format: 'html' }],
        ['an unknown view', { type: 'request', params: { view: 'terminal' } }],
        ['an OPD code that is not an identifier', { type: 'request', params: { view: 'opd', opd: '../../etc' } }],
        ['a year that is not a year', { type: 'request', params: { view: 'layered', year: 1e9 } }],
        ['a fractional year', { type: 'request', params: { view: 'layered', year: 2026.5 } }],
        ['an unknown kind', { type: 'request', params: { view: 'layered', kinds: ['script'] } }],
        ['an OPD filter that is not a list', { type: 'request', params: { view: 'layered', opds: 'A' } }],
        ['no params', { type: 'request' }],
        ['a string', 'reveal'],
        ['null', null]
    ])('drops %s', (_name, message) => {
        expect(parsePreviewMessage(message)).toBeUndefined();
    });
});
