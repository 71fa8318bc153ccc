import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());
const marked = (code: string, text: string, extra: Record<string, string> = {}) => markedIn(t, code, text, extra);

describe('layanan links', () => {
    test('layanan-without-probis and layanan-without-aplikasi on the name', async () => {
        const text = 'opd A { probis P {} aplikasi X {} layanan L1 {} layanan L2 { probis P aplikasi X } layanan L3 { metode offline } }';
        expect(await marked(IssueCodes.LayananWithoutProbis, text)).toEqual(['L1', 'L3']);
        await t.clear();
        expect(await marked(IssueCodes.LayananWithoutAplikasi, text)).toEqual(['L1']);
    });
});

describe('aplikasi-unused', () => {
    test('an application no layanan lists and no integrasi connects', async () => {
        expect(await marked(IssueCodes.AplikasiUnused, `opd A { aplikasi USED {} aplikasi FROM {} aplikasi TO {} aplikasi ORPHAN {}
            aplikasi AUDITED {}
            layanan L { aplikasi USED } integrasi I { dari FROM ke TO }
            keamanan K { jenis audit objek AUDITED } }`)).toEqual(['ORPHAN', 'AUDITED']);
    });

    test('a use from another OPD counts; national apps are never reported', async () => {
        expect(await marked(IssueCodes.AplikasiUnused, 'opd A { aplikasi X { pengguna B } }', { 'b.spbe': 'opd B { layanan L { aplikasi A.X } }' })).toEqual([]);
    });
});

test('aplikasi-without-hosting and data-without-walidata', async () => {
    expect(await marked(IssueCodes.AplikasiWithoutHosting, 'opd A { infrastruktur DC { jenis server } aplikasi X {} aplikasi Y { hosting DC } }')).toEqual(['X']);
    await t.clear();
    expect(await marked(IssueCodes.DataWithoutWalidata, 'opd A { peran walidata data D1 { sifat terbuka } data D2 { sifat terbuka walidata A } }')).toEqual(['D1']);
});

describe('missing-domain', () => {
    test('one warning per missing domain on the pemda name; the national library does not count', async () => {
        const ws = await t.load({ 'main.spbe': 'pemda P { periode 2025..2029 } opd A { aplikasi X {} data D { sifat terbuka } }' });
        const found = ws.withCode(IssueCodes.MissingDomain);
        expect(found).toHaveLength(4);
        expect(found.map(d => d.message).join('\n')).toMatch(/proses bisnis[\s\S]*layanan[\s\S]*infrastruktur[\s\S]*keamanan/);
        expect(found.every(d => ws.documents['main.spbe'].textDocument.getText(d.range) === 'P')).toBe(true);
    });

    test('none when all six domains are present, and none without a pemda', async () => {
        expect(await marked(IssueCodes.MissingDomain, `pemda P { periode 2025..2029 } opd A { probis B {} data D { sifat terbuka } layanan L {}
            aplikasi X {} infrastruktur I { jenis server } keamanan K { jenis audit } }`)).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.MissingDomain, 'opd A { aplikasi X {} }')).toEqual([]);
    });
});

describe('retired-element-in-use', () => {
    test('a dihentikan element still referenced by an element that outlives it, on the reference', async () => {
        expect(await marked(IssueCodes.RetiredElementInUse, `pemda P { periode 2025..2029 }
            opd A { aplikasi OLD { status dihentikan hingga 2026 } layanan L { aplikasi OLD } }`)).toEqual(['OLD']);
    });

    test('an element retired by a roadmap item is retired in the item\'s last year', async () => {
        expect(await marked(IssueCodes.RetiredElementInUse, `pemda P { periode 2025..2029 }
            opd A { infrastruktur DC { jenis server } aplikasi X { hosting DC } }
            petaRencana { rencana R { tahun 2026..2027 menghentikan A.DC } }`)).toEqual(['DC']);
    });

    test('not reported when the user retires no later, or for a plan nobody realizes', async () => {
        expect(await marked(IssueCodes.RetiredElementInUse, `pemda P { periode 2025..2029 }
            opd A { aplikasi OLD { status dihentikan hingga 2026 } layanan L { status dihentikan hingga 2026 aplikasi OLD }
                aplikasi PLAN { status rencana } layanan L2 { aplikasi PLAN } }`)).toEqual([]);
    });

    test('a roadmap item retiring an element is not a use', async () => {
        expect(await marked(IssueCodes.RetiredElementInUse, `opd A { aplikasi OLD { status dihentikan hingga 2026 } }
            petaRencana { rencana R { tahun 2026 menghentikan A.OLD } }`)).toEqual([]);
    });
});
