import { describe, expect, test } from 'vitest';
import { renderDiff } from 'spbe-generators';
import { diffWorkspaces } from 'spbe-server';
import { changedCopy } from './diff-fixture.js';

/**
 * Spec §6 (v2): the diff shows what changed in meaning, in words — an element by its title, an
 * OPD by its title, a value by its label ("Kepemilikan: Sewa → Milik Sendiri"); JSON keeps the
 * identifiers.
 */
describe('diff reports show words, not identifiers', () => {
    const dc = 'infrastruktur DC "Pusat Data" { jenis fasilitasKomputasi }';
    const side = (jenis: string, kepemilikan: string) =>
        changedCopy({ 'opd/kominfo.spbe': [[dc, `infrastruktur DC "Pusat Data" { jenis ${jenis} kepemilikan ${kepemilikan} }`]] });

    test('text, Markdown and HTML: labels and titles; JSON: identifiers', async () => {
        const diff = await diffWorkspaces({ old: side('fasilitasKomputasi', 'sewa'), new: side('komputasiAwan', 'milikSendiri'), locale: 'id' });
        for (const format of ['text', 'md', 'html'] as const) {
            const report = renderDiff(diff, format, 'id');
            expect(report, format).toContain('Kepemilikan: Sewa → Milik Sendiri');
            expect(report, format).toContain('Jenis: Fasilitas Komputasi → Komputasi Awan');
            expect(report, format).toContain('Infrastruktur &quot;Pusat Data&quot;'.replace(/&quot;/g, format === 'html' ? '&quot;' : '"'));
            expect(report, format).toContain('Dinas Komunikasi dan Informatika');
            expect(report, format).not.toMatch(/milikSendiri|komputasiAwan|KOMINFO\.DC/);
        }
        const json = renderDiff(diff, 'json', 'id');
        expect(json).toContain('"new": "milikSendiri"');
        expect(json).toContain('"id": "KOMINFO.DC"');
        expect(json).not.toContain('"names"');
    });

    test('(v2) indikatorKinerja with a decimal comma (id) or English words (en), ilustrasi in words, a derived kode on the old side', async () => {
        const portal = (body: string) => changedCopy({
            'peta-rencana.spbe': [['        setelah R_KEBIJAKAN\n', `        setelah R_KEBIJAKAN\n${body}`]],
            'pemda.spbe': [['pemda KabUji "Pemerintah Kabupaten Uji" {', 'pemda KabUji "Pemerintah Kabupaten Uji" { ilustrasi']]
        });
        const before = changedCopy({});
        const after = portal('        kode "AP.09"\n        indikatorKinerja "Kunjungan" { satuan "%" awal 2024 10,5 target 2027 1.500 }\n');
        const id = renderDiff(await diffWorkspaces({ old: before, new: after, locale: 'id' }), 'text', 'id');
        expect(id).toContain('%; awal 2024 10,5; target 2027 1500');
        expect(id).toContain('Kode: AP.01 → AP.09');
        expect(id).not.toContain('10.5');
        const en = renderDiff(await diffWorkspaces({ old: before, new: after, locale: 'en' }), 'text', 'en');
        expect(en).toContain('%; baseline 2024 10.5; target 2027 1500');
        expect(en).toMatch(/: ∅ → yes/);
        expect(en).not.toMatch(/\bawal\b|∅ → ya\b|∅ → AP\.09/);
        // The same kode written as derived is no change.
        const same = await diffWorkspaces({ old: portal('        prioritas tinggi\n'), new: portal('        prioritas tinggi kode "AP.01"\n'), locale: 'en' });
        expect(same.items.find(i => i.name === 'R_PORTAL')?.properties.map(p => p.property) ?? []).not.toContain('kode');
    });

    test('English reports use the English labels', async () => {
        const diff = await diffWorkspaces({ old: side('fasilitasKomputasi', 'sewa'), new: side('fasilitasKomputasi', 'bersama'), locale: 'en' });
        expect(renderDiff(diff, 'text', 'en')).toContain('Ownership: Leased → Shared');
    });
});
