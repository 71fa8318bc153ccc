import { describe, expect, test } from 'vitest';
import { editorSentence, hasMessage, IssueCodes, message } from 'spbe-model';

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

/** Issue 18 item 6: no camelCase enumeration value in the prose of a message, in either language. */
describe('messages name enumeration values by their labels', () => {
    const camelCase = /\b[a-z]+[A-Z][A-Za-z]*\b/;
    /** The prose of a message: code spans (`bagiPakai`, keywords the user types) are not prose. */
    const prose = (text: string) => text.replace(/`[^`]*`/g, '');

    test('no template writes a camelCase word outside a code span', () => {
        const anyArgs = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? undefined : 'X') }) as Record<string, string>;
        const codes = Object.values(IssueCodes).filter(code => hasMessage(code));
        expect(codes.length).toBeGreaterThan(20);
        const offending = codes.flatMap(code => (['id', 'en'] as const)
            .map(locale => `${code} (${locale}): ${prose(message(code, locale, anyArgs))}`)
            .filter(line => camelCase.test(line.slice(line.indexOf(': ')))));
        expect(offending).toEqual([]);
    });

    test('values passed to a message come out as labels', () => {
        const cases: Array<[string, Record<string, string>, string, string]> = [
            [IssueCodes.MuatanNotCovered, { muatan: 'auditTik' }, 'Audit TIK', 'ICT Audit'],
            [IssueCodes.DuplicatesAplikasiUmum, { app: 'A.X', fungsi: 'asetDaerah', national: 'N' }, 'Barang Milik Daerah', 'Regional assets'],
            [IssueCodes.SectorPlatformNotIntegrated, { app: 'A.X', fungsi: 'perlindunganSosial', national: 'N' }, 'Perlindungan Sosial', 'Social protection']
        ];
        for (const [code, args, id, en] of cases) {
            expect(message(code, 'id', args)).toContain(id);
            expect(message(code, 'en', args)).toContain(en);
            expect(prose(message(code, 'en', args))).not.toMatch(camelCase);
        }
    });
});
