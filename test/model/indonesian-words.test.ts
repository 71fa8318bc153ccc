import { describe, expect, test } from 'vitest';
import { editorSentence, IssueCodes, message } from 'spbe-model';

/** Issue 18 item 6: Indonesian messages say "ruang kerja" and show labels, not camelCase values. */
describe('Indonesian messages read as Indonesian', () => {
    test('"ruang kerja", not "Workspace"', () => {
        expect(message(IssueCodes.MissingPemda, 'id')).toBe('Ruang kerja memiliki OPD tetapi tidak ada deklarasi `pemda`.');
        expect(message(IssueCodes.MultiplePemda, 'id')).toMatch(/^Ruang kerja /);
        expect(editorSentence('inWorkspace', 'id')).toBe('di ruang kerja');
    });

    test('planned-element-not-realized speaks of an element with status rencana and a Peta Rencana item', () => {
        expect(message(IssueCodes.PlannedElementNotRealized, 'id', { name: 'DISKOMINFO.SATA' }))
            .toBe("Elemen berstatus rencana 'DISKOMINFO.SATA' belum diwujudkan oleh butir Peta Rencana mana pun (`mewujudkan`).");
    });

    test('a fungsi is shown by its label in both languages, never as its camelCase keyword', () => {
        const id = message(IssueCodes.DuplicateApplication, 'id', { app: 'A.X', fungsi: 'kinerjaPegawai', others: 'B.Y' });
        expect(id).toContain("fungsi 'Kinerja Pegawai'");
        expect(id).not.toContain('kinerjaPegawai');
        expect(message(IssueCodes.DuplicatesAplikasiUmum, 'id', { app: 'A.X', fungsi: 'asetDaerah', national: 'NASIONAL.SAKTI' })).toContain('(fungsi Barang Milik Daerah)');
        const en = message(IssueCodes.DuplicateApplication, 'en', { app: 'A.X', fungsi: 'kinerjaPegawai', others: 'B.Y' });
        expect(en).toContain("function 'Staff performance'");
        expect(en).not.toContain('kinerjaPegawai');
    });
});
