import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { displayPath } from 'spbe-server';

describe('displayPath: how the CLI names a file it wrote', () => {
    const cwd = join(sep, 'home', 'pic', 'arsitektur');

    test('below the current folder: relative, without ./', () => {
        expect(displayPath(join(cwd, 'out', 'peta-rencana.html'), cwd)).toBe(join('out', 'peta-rencana.html'));
        expect(displayPath(join('out', 'diagram.svg'), cwd)).toBe(join('out', 'diagram.svg'));
        expect(displayPath(join(cwd, '..folder', 'x.md'), cwd)).toBe(join('..folder', 'x.md'));
    });

    test('elsewhere: absolute, never ../', () => {
        expect(displayPath(join(sep, 'home', 'pic', 'x', 'diagram-integrasi.svg'), cwd)).toBe(join(sep, 'home', 'pic', 'x', 'diagram-integrasi.svg'));
        expect(displayPath(join('..', '..', 'x', 'diagram-integrasi.svg'), cwd)).toBe(join(sep, 'home', 'x', 'diagram-integrasi.svg'));
        expect(displayPath(join(sep, 'tmp', 'laporan.html'), cwd)).toBe(join(sep, 'tmp', 'laporan.html'));
        expect(displayPath(cwd, cwd)).toBe(cwd);
    });
});
