import { IssueCatalog, severityLabel, severityText, type IssueCode, type SeverityWord } from 'spbe-model';
import { AllIssueCodes } from 'spbe-model';

/** The parts of one rule's section that need no translation: severity (from the catalog) and example (from docs/diagnostics.md). */
function englishSection(doc: string, code: string): { severity: string; example?: string } {
    const start = doc.indexOf(`\n## ${code}\n`);
    if (start < 0) {
        throw new Error(`docs/diagnostics.md has no section for ${code}`);
    }
    const end = doc.indexOf('\n## ', start + 1);
    const section = doc.slice(start, end < 0 ? undefined : end);
    // The severity is the catalog's, as docs/diagnostics.md states it (test/docs.test.ts keeps the two equal).
    const severity = severityText(code as IssueCode);
    // The examples' trailing comments explain in English; the Indonesian page keeps the code only.
    const example = /\n```spbe\n([\s\S]*?)\n```/.exec(section)?.[1]?.replace(/[ \t]*\/\/[^\n"]*$/gm, '');
    return { severity: severity.replace(/\b(error|warning|info)\b/g, w => severityLabel(w as SeverityWord, 'id')), example };
}

/**
 * docs/diagnostics.id.md, the Indonesian rule reference the editor opens from a finding's code: one
 * section per code (the same anchors as docs/diagnostics.md), its summary from the issue catalog's
 * Indonesian line, severity and example taken from the English reference. Generated, never edited
 * by hand, so catalog and documents cannot drift (a test regenerates and compares).
 */
export function indonesianDiagnosticsDoc(englishDoc: string): string {
    const lines = [
        '# Diagnostik',
        '',
        '<!-- Dibuat dari katalog temuan (packages/model/src/findings/issue-catalog.ts) dan contoh di diagnostics.md',
        '     oleh `node scripts/gen-diagnostics-id.mjs`; jangan disunting langsung. -->',
        '',
        'Setiap temuan yang dilaporkan alat SPBE, dengan kodenya yang tetap dan tingkatnya. Kodenya sama di editor,',
        'di `spbe validate` (teks, JSON dan SARIF) dan di perbaikan cepat. Pemeriksaan *seluruh workspace* memerlukan',
        'semua berkas; CLI selalu menjalankannya, editor menjalankannya saat berkas disimpan (`spbe.validation.slowChecks`)',
        'dan setelah perubahan di disk yang tidak dipegang editor (`git checkout`, berkas yang dibuat atau dihapus program lain);',
        '**SPBE: Periksa Workspace** menjalankannya apa pun pengaturannya.',
        'Penjelasan lengkap setiap aturan, dalam bahasa Inggris: [diagnostics.md](diagnostics.md).',
        '',
        '| kode | tingkat | seluruh workspace |',
        '|---|---|---|'
    ];
    const sections = AllIssueCodes.map(code => ({ code, ...englishSection(englishDoc, code), entry: IssueCatalog[code] }));
    for (const s of sections) {
        lines.push(`| [\`${s.code}\`](#${s.code}) | ${s.severity} | ${s.entry.slow ? 'ya' : 'tidak'} |`);
    }
    for (const s of sections) {
        lines.push('', `## ${s.code}`, '', `**${s.severity}** · ${s.entry.slow ? 'pemeriksaan seluruh workspace' : 'pemeriksaan per berkas'}`, '', s.entry.summaryId);
        if (s.example) {
            lines.push('', '```spbe', s.example, '```');
        }
        lines.push('', `Penjelasan lengkap dan cara memperbaiki (bahasa Inggris): [diagnostics.md#${s.code}](diagnostics.md#${s.code})`);
    }
    return `${lines.join('\n')}\n`;
}
