import { describe, expect, test } from 'vitest';
import { parseOpenRequest } from '../../packages/vscode/src/extension/webview-messages.js';

const folder = '/work/ws';

describe('messages from webviews are validated before use', () => {
    test('an open request for a .spbe file of the workspace, by URI or relative path', () => {
        expect(parseOpenRequest(folder, { type: 'open', uri: 'file:///work/ws/opd/a.spbe', line: 3 })).toEqual({ fsPath: '/work/ws/opd/a.spbe', line: 3, character: 0 });
        expect(parseOpenRequest(folder, { type: 'open', file: 'opd/a.spbe', line: 0, character: 4 })).toEqual({ fsPath: '/work/ws/opd/a.spbe', line: 0, character: 4 });
    });

    test.each([
        ['outside the folder by ..', { type: 'open', file: '../other/a.spbe', line: 1 }],
        ['an absolute path', { type: 'open', file: '/etc/passwd', line: 1 }],
        ['a file URI outside the folder', { type: 'open', uri: 'file:///etc/x.spbe', line: 1 }],
        ['a sibling folder sharing the prefix', { type: 'open', uri: 'file:///work/ws-evil/a.spbe', line: 1 }],
        ['not a .spbe file', { type: 'open', uri: 'file:///work/ws/.git/config', line: 1 }],
        ['another scheme', { type: 'open', uri: 'https://evil.example/a.spbe', line: 1 }],
        ['a command URI', { type: 'open', uri: 'command:workbench.action.terminal.new', line: 1 }],
        ['a negative line', { type: 'open', file: 'a.spbe', line: -1 }],
        ['a fractional line', { type: 'open', file: 'a.spbe', line: 1.5 }],
        ['a line given as text', { type: 'open', file: 'a.spbe', line: '1' }],
        ['an unknown type', { type: 'exec', file: 'a.spbe', line: 1 }],
        ['a NUL in the path', { type: 'open', file: 'a.spbe\0.spbe', line: 1 }],
        ['the folder itself', { type: 'open', file: '.', line: 1 }],
        ['not an object', 'open a.spbe'],
        ['null', null]
    ])('refuses %s', (_name, message) => {
        expect(parseOpenRequest(folder, message)).toBeUndefined();
    });
});
