import { afterEach, describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import { createTestServices } from '../helpers/test-services.js';

/**
 * Completion after each property that takes a list of element references (`objek`, `mewujudkan`,
 * `menghentikan`): every cross-reference property of the grammar has a declared target, so these
 * offer candidates (of the right kinds) instead of failing with "No reference target declared".
 */
const t = createTestServices();
afterEach(() => t.clear());

const library = {
    'pemda.spbe': 'pemda P { periode 2025..2029 }',
    'diskominfo.spbe': `opd DISKOMINFO {
        probis PB_X {}
        infrastruktur DC_KOTA { jenis fasilitasKomputasi }
        data DT_ADUAN { sifat terbatas }
        aplikasi SURGA {}
    }`
};

async function labelsAt(text: string): Promise<string[]> {
    let labels: string[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => { errors.push(args); };
    try {
        await expectCompletion(t.services)({ text, index: 0, assert: completion => { labels = completion.items.map(i => String(i.label)); } });
    } finally {
        console.error = original;
    }
    expect(errors).toEqual([]);
    return labels;
}

describe('completion in element reference lists', () => {
    test('objek offers applications, infrastructure and data, not business processes', async () => {
        await t.load(library);
        const labels = await labelsAt('opd B { keamanan K { objek <|> } }');
        expect(labels).toEqual(expect.arrayContaining(['DISKOMINFO.SURGA', 'DISKOMINFO.DC_KOTA', 'DISKOMINFO.DT_ADUAN']));
        expect(labels).not.toContain('DISKOMINFO.PB_X');
    });

    test('objek after a comma too', async () => {
        await t.load(library);
        expect(await labelsAt('opd B { keamanan K { objek DISKOMINFO.SURGA, <|> } }')).toContain('DISKOMINFO.DC_KOTA');
    });

    for (const property of ['mewujudkan', 'menghentikan']) {
        test(`${property} offers elements of every kind`, async () => {
            await t.load(library);
            const labels = await labelsAt(`petaRencana { rencana R { ${property} <|> } }`);
            expect(labels).toEqual(expect.arrayContaining(['DISKOMINFO.SURGA', 'DISKOMINFO.PB_X', 'DISKOMINFO.DT_ADUAN']));
        });
    }
});
