import { expect, test } from 'vitest';
import { unsavedOverlays, type OpenDocument } from '../../packages/vscode/src/extension/commands/unsaved-overlays.js';

const doc = (fsPath: string, isDirty: boolean, text = `text of ${fsPath}`, scheme = 'file'): OpenDocument => ({ uri: { scheme, fsPath }, isDirty, getText: () => text });

test('only unsaved .spbe files inside the folder become overlays, with their current text', () => {
    const overlays = unsavedOverlays([
        doc('/ws/opd/dinsos.spbe', true, 'opd DINSOS {}'),
        doc('/ws/opd/dinkes.spbe', false),
        doc('/ws/notes.md', true),
        doc('/elsewhere/opd/x.spbe', true),
        doc('/ws-other/a.spbe', true),
        doc('/ws/Untitled-1', true, 'x', 'untitled'),
        doc('/ws/../ws/pemda.spbe', true, 'pemda P {}')
    ], '/ws');
    expect(overlays).toEqual([{ file: '/ws/opd/dinsos.spbe', text: 'opd DINSOS {}' }, { file: '/ws/pemda.spbe', text: 'pemda P {}' }]);
});
