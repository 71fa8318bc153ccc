import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices, describeDiagnostic, rangeText } from '../helpers/test-services.js';

/**
 * Issue 18 (spec §5.1, "never lose the rest of the file"): a property written in a block that does
 * not have it is one `syntax` error at that property; the block's later properties, the blocks after
 * it and their own diagnostics are all kept.
 */
const t = createTestServices();
afterEach(() => { t.services.spbe.Settings.locale = 'id'; return t.clear(); });

const head = 'pemda P "Pemerintah Kota X" { periode 2026..2030 }\nopd D "D" { pic "p" }\n';
const roadmap = (inIndicator: string) => head + `petaRencana {
  rencana R1 "r1" { muatan tataKelola penanggungJawab D tahun 2026
     indikatorKinerja "x" { satuan "%" ${inIndicator} target 2026 6 } }
  rencana R2 "r2" { muatan tataKelola penanggungJawab D tahun 2026 kegiatan "9.9.9" }
}`;

async function load(text: string, locale: 'id' | 'en' = 'id') {
    t.services.spbe.Settings.locale = locale;
    const ws = await t.load({ 'a.spbe': text });
    const doc = ws.documents['a.spbe'];
    return {
        model: t.services.spbe.Model.get(),
        codes: ws.codes(),
        syntax: ws.withCode(IssueCodes.Syntax).map(d => ({ text: rangeText(doc, d), message: d.message, where: describeDiagnostic(d) }))
    };
}

describe('a misplaced property inside indikatorKinerja', () => {
    test.each([
        ['kode "Q"', 'kode'],
        ['prioritas tinggi', 'prioritas'],
        ['muatan aplikasi', 'muatan'],
        ['tahun 2027', 'tahun'],
        ['setelah R2', 'setelah'],
        ['anggaran 2026 5', 'anggaran']
    ])('%s: one syntax error at the keyword; the indicator keeps its target, R2 and its diagnostic stay', async (written, keyword) => {
        const { model, codes, syntax } = await load(roadmap(written));
        expect(syntax.map(s => s.text)).toEqual([keyword]);
        expect(model.items.map(i => i.name)).toEqual(['R1', 'R2']);
        expect(model.items[0].indikatorKinerja[0].targets).toEqual([{ year: 2026, value: 6 }]);
        expect(codes).toContain(IssueCodes.KegiatanCodeInvalid);
        expect(codes).not.toContain(IssueCodes.DuplicateProperty);
    });

    test('a number where satuan wants a text: one syntax error at the number, nothing after it lost', async () => {
        const { model, codes, syntax } = await load(roadmap('satuan 5'));
        expect(syntax.map(s => s.text)).toEqual(['5']);
        expect(model.items.map(i => i.name)).toEqual(['R1', 'R2']);
        expect(model.items[0].indikatorKinerja[0].targets).toEqual([{ year: 2026, value: 6 }]);
        expect(codes).toContain(IssueCodes.KegiatanCodeInvalid);
    });

    test('the message names the block and where the property belongs, in id and en', async () => {
        const id = await load(roadmap('kode "Q"'));
        expect(id.syntax).toHaveLength(1);
        expect(id.syntax[0].message).toMatch(/`kode`/);
        expect(id.syntax[0].message).not.toMatch(/akhir berkas/);
        const en = await load(roadmap('kode "Q"'), 'en');
        expect(en.syntax).toHaveLength(1);
        expect(en.syntax[0].message).toMatch(/`kode`/);
        expect(en.syntax[0].message).not.toMatch(/end of (the )?file/);
    });
});

describe('a block written inside an OPD that does not take it', () => {
    test.each([
        ['indikatorKinerja "x" { satuan "%" target 2026 1 }', 'indikatorKinerja'],
        ['rencana Q "q" { muatan aplikasi }', 'rencana']
    ])('%s: one syntax error; the OPD\'s later elements stay', async (written, keyword) => {
        const text = head + `opd E "E" { pic "p"
  aplikasi A1 "a1" { fungsi lainnya }
  ${written}
  aplikasi A2 "a2" { fungsi lainnya }
  data DT "dt" { sifat terbuka }
}
opd F "F" { pic "q" }`;
        const { model, syntax } = await load(text);
        expect(syntax.map(s => s.text)).toEqual([keyword]);
        expect(model.elements.map(e => e.name)).toEqual(expect.arrayContaining(['A1', 'A2', 'DT']));
        expect(model.opds.map(o => o.code)).toEqual(expect.arrayContaining(['D', 'E', 'F']));
    });

    test('`muatan aplikasi` before a probis: the value `aplikasi` is skipped with its keyword, the probis stays a probis', async () => {
        const text = head + 'opd E "E" { pic "p"\n  muatan aplikasi\n  probis PB "pb" { kategori inti }\n}';
        const { model, syntax } = await load(text);
        expect(syntax.map(s => s.text)).toEqual(['muatan']);
        expect(model.elements.filter(e => e.opd === 'E').map(e => [e.kind, e.name])).toEqual([['probis', 'PB']]);
    });
});

describe('an unclosed string or comment (issue 18 item 13)', () => {
    test('an unclosed title is one error at its quote ("teks tidak ditutup"), and the items after it stay', async () => {
        const text = head + `petaRencana {
  rencana R1 "Judul tanpa tutup {
    muatan aplikasi penanggungJawab D tahun 2026 anggaran 2026 1 }
  rencana R2 "r2" { muatan aplikasi penanggungJawab D tahun 2026 anggaran 2026 2 }
  rencana R3 "r3" { muatan aplikasi penanggungJawab D tahun 2026 anggaran 2026 3 }
}`;
        const { model, syntax } = await load(text);
        expect(syntax[0]).toMatchObject({ text: '"', message: expect.stringMatching(/Teks tidak ditutup/) });
        expect(syntax.map(s => s.message)).not.toContainEqual(expect.stringMatching(/tidak dikenal/));
        expect(model.items.map(i => i.name)).toEqual(['R1', 'R2', 'R3']);
        // The block of R1 cannot be told from the words of its title: R1 is kept without title or properties.
        expect(model.items[0].title).toBeUndefined();
        expect(model.items.slice(1).map(i => i.anggaran)).toEqual([[{ year: 2026, amount: 2 }], [{ year: 2026, amount: 3 }]]);
    });

    test('an unclosed block comment is one error at `/*`; what follows is comment, not code (id, en)', async () => {
        const text = head + `petaRencana {
  rencana R1 "r1" { muatan aplikasi penanggungJawab D tahun 2026 anggaran 2026 1 }
}
/* catatan lama:
petaRencana { rencana R9 "r9" { muatan aplikasi penanggungJawab D tahun 2026 anggaran 2026 9 } }
`;
        const id = await load(text);
        expect(id.syntax.map(s => [s.text, s.message])).toEqual([['/*', expect.stringMatching(/Komentar tidak ditutup/)]]);
        expect(id.model.items.map(i => i.name)).toEqual(['R1']);
        const en = await load(text, 'en');
        expect(en.syntax.map(s => s.message)).toEqual([expect.stringMatching(/Unterminated comment/)]);
    });

    test('an unclosed string in English', async () => {
        const { syntax } = await load(head + 'opd E "Dinas { pic "p" }\nopd F "F" { pic "q" }', 'en');
        expect(syntax[0]).toMatchObject({ text: '"', message: expect.stringMatching(/Unterminated string/) });
    });
});

describe('an unknown value of a required property', () => {
    test('`muatan XXXX` is one syntax error, not also missing-property', async () => {
        const { codes, syntax } = await load(head + 'petaRencana { rencana X "t" { muatan XXXX penanggungJawab D tahun 2026 } }');
        expect(syntax.map(s => s.text)).toEqual(['XXXX']);
        expect(codes).not.toContain(IssueCodes.MissingProperty);
    });

    test('a required property not written at all is still missing-property', async () => {
        const { codes } = await load(head + 'petaRencana { rencana X "t" { penanggungJawab D tahun 2026 } }');
        expect(codes).toContain(IssueCodes.MissingProperty);
    });
});
