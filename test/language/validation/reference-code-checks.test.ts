import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());
const marked = (code: string, text: string) => markedIn(t, code, text);

describe('ref-code-unknown', () => {
    test('a code that is in no national list nor kodeLokal', async () => {
        expect(await marked(IssueCodes.RefCodeUnknown, 'opd A { aplikasi X { ref RAA.09.09 } probis P { ref RAB.02.99 } }')).toEqual(['RAA.09.09', 'RAB.02.99']);
    });

    test('national codes of every domain, and declared local codes, are known', async () => {
        expect(await marked(IssueCodes.RefCodeUnknown, `pemda P { periode 2025..2029 kodeLokal RAB.09.04.01 "Aduan" }
            opd A {
                probis P1 { ref RAB.09.04 } probis P2 { ref RAB.09.04.01 }
                data D { sifat terbuka ref RAD.10.02 } layanan L { ref RAL.02.09 } aplikasi X { ref RAA.02.02 }
                infrastruktur I { jenis server ref RAI.01.01 } keamanan K { jenis audit ref RAK.03.02 }
            }`)).toEqual([]);
    });

    test('without a pemda, codes are checked against perpres132_2022', async () => {
        expect(await marked(IssueCodes.RefCodeUnknown, 'opd A { aplikasi X { ref RAA.01.01 } aplikasi Y { ref RAA.01.07 } }')).toEqual(['RAA.01.07']);
    });
});

describe('ref-code-wrong-domain', () => {
    test('an aplikasi with a RAB code, an integrasi with any code', async () => {
        expect(await marked(IssueCodes.RefCodeWrongDomain, `opd A { aplikasi X { ref RAB.09.04 } aplikasi Y {} aplikasi Z {}
            integrasi I { dari Y ke Z ref RAA.02.02 } }`)).toEqual(['RAB.09.04', 'RAA.02.02']);
    });

    test('is reported instead of ref-code-unknown, not with it', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { layanan L { ref RAD.99.99 } }' });
        expect(ws.codes().filter(c => c.startsWith('ref-code'))).toEqual([IssueCodes.RefCodeWrongDomain]);
    });
});

describe('local-code-without-parent', () => {
    test('a kodeLokal whose parent is neither national nor local', async () => {
        expect(await marked(IssueCodes.LocalCodeWithoutParent, 'pemda P { periode 2025..2029 kodeLokal RAB.99.01.01 "x" }')).toEqual(['RAB.99.01.01']);
    });

    test('a chain of local codes under a national one is fine', async () => {
        expect(await marked(IssueCodes.LocalCodeWithoutParent, `pemda P { periode 2025..2029
            kodeLokal RAB.09.04.01.01 "Tindak lanjut" kodeLokal RAB.09.04.01 "Pengaduan" }`)).toEqual([]);
    });
});
