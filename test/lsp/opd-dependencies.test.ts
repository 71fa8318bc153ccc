import { afterEach, expect, test } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import { opdDependencies, SpbeCommands } from 'spbe-language';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

const files = {
    'pemda.spbe': 'pemda P { periode 2025..2029 }',
    'opd/dinsos.spbe': `opd DINSOS "Dinas Sosial" {
    data DT_DTKS "DTKS" { sifat terbatas bagiPakai KEC }
    data DT_PKH { sifat terbuka }
    aplikasi SIKS "SIKS-NG" { pengguna DINKES hosting nasional.PDN }
    layanan LY_BANSOS { aplikasi SIKS data DINKES.DT_GIZI }
}`,
    'opd/dinkes.spbe': `opd DINKES "Dinas Kesehatan" {
    data DT_GIZI { sifat terbuka }
    layanan LY_SEHAT { data DINSOS.DT_DTKS, DINSOS.DT_PKH aplikasi DINSOS.SIKS }
}`,
    'opd/kec.spbe': 'opd KEC { layanan LY_KEC { data DINSOS.DT_DTKS aplikasi DINSOS.SIKS } }'
};

/** Issue 16 item 8: the OPD lens's references open a list grouped by direction and OPD, with each one's sharing status. */
test('the references lens opens the OPD\'s dependencies, grouped, each with its sharing status', async () => {
    const ws = await t.load(files);
    const dinsos = ws.documents['opd/dinsos.spbe'];
    const lenses = (await t.services.lsp.CodeLensProvider!.provideCodeLens(dinsos, { textDocument: { uri: dinsos.uri.toString() } })) as CodeLens[];
    expect(lenses.map(l => l.command)).toEqual([
        { title: '7 referensi lintas-OPD', command: SpbeCommands.ShowOpdDependencies, arguments: [dinsos.uri.toString(), 'DINSOS'] },
        { title: `${ws.diagnostics('opd/dinsos.spbe').length} temuan`, command: SpbeCommands.ShowProblems, arguments: [dinsos.uri.toString()] }
    ]);

    const result = opdDependencies(t.services, 'DINSOS')!;
    expect(result.title).toBe('DINSOS: 7 referensi lintas-OPD');
    expect(result.count).toBe(7);
    const listed = result.groups.map(g => [g.label, g.entries.map(e => `${e.from} → ${e.to}: ${e.statusText}`)]);
    expect(listed).toEqual([
        ['Dipakai oleh DINKES — Dinas Kesehatan', [
            'DINKES.LY_SEHAT → DINSOS.DT_DTKS: belum dibagipakaikan ke DINKES',
            'DINKES.LY_SEHAT → DINSOS.DT_PKH: data terbuka',
            'DINKES.LY_SEHAT → DINSOS.SIKS: DINKES terdaftar di pengguna'
        ]],
        ['Dipakai oleh KEC', [
            'KEC.LY_KEC → DINSOS.DT_DTKS: dibagipakaikan ke KEC',
            'KEC.LY_KEC → DINSOS.SIKS: KEC belum terdaftar di pengguna'
        ]],
        ['Memakai DINKES — Dinas Kesehatan', ['DINSOS.LY_BANSOS → DINKES.DT_GIZI: data terbuka']],
        ['Memakai nasional', ['DINSOS.SIKS → nasional.PDN: pustaka nasional']]
    ]);
    // Each entry points at the reference itself, in the user's file.
    const first = result.groups[0].entries[0];
    expect(first).toMatchObject({ direction: 'usedBy', otherOpd: 'DINKES', status: 'notGranted', path: 'opd/dinkes.spbe', toKind: 'data', toTitle: 'DTKS' });
    expect(ws.documents['opd/dinkes.spbe'].textDocument.getText(first.range)).toBe('DINSOS.DT_DTKS');
    expect(first.uri).toBe(ws.documents['opd/dinkes.spbe'].uri.toString());
    // The statuses agree with the findings: only the two not-granted uses are reported.
    expect(ws.codes().filter(c => c.startsWith('cross-opd')).sort()).toEqual(['cross-opd-app-not-shared', 'cross-opd-data-not-shared']);

    t.services.spbe.Settings.locale = 'en';
    try {
        const english = opdDependencies(t.services, 'KEC')!;
        expect(english.groups.map(g => g.label)).toEqual(['Uses DINSOS — Dinas Sosial']);
        expect(english.groups[0].entries.map(e => e.statusText)).toEqual(['shared with KEC (bagiPakai)', 'KEC is not listed in pengguna']);
    } finally {
        t.services.spbe.Settings.locale = 'id';
    }
    expect(opdDependencies(t.services, 'NOPE')).toBeNull();
});

test('an OPD without cross-OPD references gets an empty list with a sentence to show', async () => {
    await t.load({ 'a.spbe': 'opd A { aplikasi X {} }' });
    expect(opdDependencies(t.services, 'A')).toMatchObject({ count: 0, groups: [], emptyText: 'A tidak memakai dan tidak dipakai OPD lain.' });
});
