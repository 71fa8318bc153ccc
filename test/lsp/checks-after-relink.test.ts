import { afterEach, expect, test } from 'vitest';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IssueCatalog, type IssueCode } from 'spbe-model';
import { createTestServices } from '../helpers/test-services.js';

/**
 * An edit that makes another file relink (a new name, a renamed one) is built in two steps: the
 * edited file, then the files to relink. The edited file's checks ran while those were below
 * `Linked`, so with the workspace facts of the build before (the pemda's old `kodeLokal`, say);
 * they are run again once the relinked files are linked, and end as a fresh load's.
 */
const t = createTestServices();
const fresh = createTestServices();
afterEach(async () => {
    await t.clear();
    await fresh.clear();
});

const pemda = `pemda P "Pemda Contoh" {
    jenis kota
    periode 2025..2029
    referensi perpres132_2022
}

petaRencana {
    rencana R1 "Satu" { muatan aplikasi penanggungJawab B tahun 2026 }
}
`;
// A typo elsewhere: that file has a linking error, so a new name anywhere relinks it.
const user = 'opd B "Dinas B" {\n    pic "b"\n    aplikasi Y "Y" { hosting DCX }\n}\n';
// One edit: a local code with its parent, and a new roadmap item (a new name).
const edited = pemda
    .replace('    referensi perpres132_2022\n', '    referensi perpres132_2022\n    kodeLokal RAB.09.04.77 "Induk Baru"\n    kodeLokal RAB.09.04.77.01 "Anak Baru"\n')
    .replace('tahun 2026 }\n', 'tahun 2026 }\n    rencana R2 "Dua" { muatan aplikasi penanggungJawab B tahun 2027 }\n');

test('the edited file is checked against the workspace as it is once the files it made relink are linked', async () => {
    const loaded = await t.load({ 'pemda.spbe': pemda, 'opd/b.spbe': user });
    const shared = t.services.shared;
    shared.workspace.DocumentBuilder.updateBuildOptions = { validation: { categories: ['built-in', 'fast'] } };
    const uri = loaded.documents['pemda.spbe'].uri;
    setTextDocument(shared, TextDocument.create(uri.toString(), 'spbe', 2, edited));
    await shared.workspace.DocumentBuilder.update([uri], []);
    const codes = (diagnostics: { code?: unknown }[] | undefined) => (diagnostics ?? []).map(d => String(d.code)).sort();

    const expected = await fresh.load({ 'pemda.spbe': edited, 'opd/b.spbe': user });
    // The as-you-type checks only, as the editor ran them.
    const fast = expected.diagnostics('pemda.spbe').filter(d => IssueCatalog[d.code as IssueCode]?.slow !== true);
    expect(codes(shared.workspace.LangiumDocuments.getDocument(uri)?.diagnostics)).not.toContain('local-code-without-parent');
    expect(codes(shared.workspace.LangiumDocuments.getDocument(uri)?.diagnostics)).toEqual(codes(fast));
});
