import fc from 'fast-check';

/** Tokens the language uses, to insert where they do not belong. */
const vocabulary = ['{', '}', '{}', ',', '.', '..', '->', '"', '/*', '*/', '//', 'opd', 'aplikasi', 'data', 'layanan', 'probis', 'infrastruktur',
    'keamanan', 'integrasi', 'pemda', 'petaRencana', 'rencana', 'penilaian', 'ref', 'hosting', 'bagiPakai', 'semua', 'status', 'rencana', 'dihentikan',
    'tahun', 'anggaran', 'setelah', 'mewujudkan', 'menghentikan', 'indikator', 'RAA.01', 'RAD.99.99.99', '2026', '2026..2024', '99999', '0',
    'spbe2020.I07', '-> 9', '"tak tertutup', 'DISKOMINFO.', 'nasional.SRIKANDI', 'X.Y.Z', '2025-02-30', '\u202E', '\u200D', '\uFEFF', '\u0000'];

export type Mutation =
    | { op: 'delete'; at: number; length: number }
    | { op: 'duplicate'; at: number; length: number; to: number }
    | { op: 'swap'; a: number; b: number; length: number }
    | { op: 'insert'; at: number; text: string }
    | { op: 'truncate'; at: number }
    | { op: 'lineEndings'; style: 'crlf' | 'cr' | 'mixed' }
    | { op: 'bom' }
    | { op: 'bytes'; at: number; bytes: number[] };

const position = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }), to: position }),
    fc.record({ op: fc.constant('swap' as const), a: position, b: position, length: fc.integer({ min: 1, max: 120 }) }),
    fc.record({ op: fc.constant('insert' as const), at: position, text: fc.constantFrom(...vocabulary) }),
    fc.record({ op: fc.constant('insert' as const), at: position, text: fc.string({ unit: 'binary', maxLength: 40 }) }),
    fc.record({ op: fc.constant('insert' as const), at: position, text: fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\b', '\t', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\r', '\n'), maxLength: 8 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: position }),
    fc.record({ op: fc.constant('lineEndings' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const) }),
    fc.record({ op: fc.constant('bom' as const) }),
    // Invalid UTF-8: lone continuation bytes, overlong forms, truncated sequences, surrogates.
    fc.record({ op: fc.constant('bytes' as const), at: position, bytes: fc.constantFrom([0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0xF4, 0x90, 0x80, 0x80]) })
);

const at = (length: number, p: number) => Math.min(length, Math.floor(p * (length + 1)));

export function applyMutation(bytes: Uint8Array, m: Mutation): Uint8Array {
    const b = Buffer.from(bytes);
    switch (m.op) {
        case 'delete': { const i = at(b.length, m.at); return Buffer.concat([b.subarray(0, i), b.subarray(i + m.length)]); }
        case 'duplicate': {
            const i = at(b.length, m.at);
            const slice = b.subarray(i, i + m.length);
            const j = at(b.length, m.to);
            return Buffer.concat([b.subarray(0, j), slice, b.subarray(j)]);
        }
        case 'swap': {
            const [i, j] = [at(b.length, m.a), at(b.length, m.b)].sort((x, y) => x - y);
            if (j - i < m.length) {
                return b;
            }
            const first = b.subarray(i, i + m.length);
            const second = b.subarray(j, Math.min(b.length, j + m.length));
            return Buffer.concat([b.subarray(0, i), second, b.subarray(i + m.length, j), first, b.subarray(j + second.length)]);
        }
        case 'insert': { const i = at(b.length, m.at); return Buffer.concat([b.subarray(0, i), Buffer.from(` ${m.text} `, 'utf-8'), b.subarray(i)]); }
        case 'truncate': return b.subarray(0, at(b.length, m.at));
        case 'lineEndings': {
            const text = b.toString('latin1');
            const replaced = m.style === 'crlf' ? text.replace(/\n/g, '\r\n') : m.style === 'cr' ? text.replace(/\n/g, '\r')
                : text.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('');
            return Buffer.from(replaced, 'latin1');
        }
        case 'bom': return Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), b]);
        case 'bytes': { const i = at(b.length, m.at); return Buffer.concat([b.subarray(0, i), Buffer.from(m.bytes), b.subarray(i)]); }
    }
}
