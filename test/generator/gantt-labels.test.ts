import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { expect, test } from 'vitest';
import { generateRoadmap } from 'spbe-generators';
import { loadWorkspace } from 'spbe-server';

/** Items whose titles share their first 50 characters, and one with a long name and no title. */
const titles = ['Pengembangan Sistem Informasi Manajemen Kepegawaian Modul Presensi dan Cuti Pegawai',
    'Pengembangan Sistem Informasi Manajemen Kepegawaian Modul Kenaikan Pangkat'];
const longName = 'PR_INTEGRASI_SISTEM_INFORMASI_MANAJEMEN_KEPEGAWAIAN_DENGAN_SIASN';

function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-gantt-'));
    const item = (name: string, title: string) =>
        `    rencana ${name} ${title ? `"${title}"` : ''} { muatan aplikasi penanggungJawab BKPSDM tahun 2026..2027 anggaran 2026 1_000 }\n`;
    writeFileSync(join(dir, 'ws.spbe'), `pemda P "Pemerintah Kota Contoh" { periode 2026..2027 }
opd BKPSDM "Badan Kepegawaian" { pic "PIC" }
petaRencana {
${item('PR_PRESENSI', titles[0])}${item('PR_PANGKAT', titles[1])}${item(longName, '')}}
`);
    return dir;
}

test('Gantt labels wrap on words: full titles, distinct, names never cut, tooltip whole', async () => {
    const model = (await loadWorkspace(workspace())).model();
    const [html] = await generateRoadmap(model, 'html', { locale: 'id' });
    const svg = /<svg[\s\S]*?<\/svg>/.exec(String(html.content))![0];
    const labels: Array<{ tooltip: string; lines: string[] }> = [];
    const parser = new SaxesParser();
    let inLabel = false;
    let text = '';
    parser.on('opentag', tag => {
        text = '';
        if (tag.name === 'text' && tag.attributes.class === 'label') {
            inLabel = true;
            labels.push({ tooltip: '', lines: [] });
        }
    });
    parser.on('text', t => { text += t; });
    parser.on('closetag', tag => {
        if (inLabel && tag.name === 'title') {
            labels.at(-1)!.tooltip = text;
        } else if (inLabel && tag.name === 'tspan') {
            labels.at(-1)!.lines.push(text);
        } else if (tag.name === 'text') {
            inLabel = false;
        }
    });
    parser.write(svg).close();
    // Each label is `No. kode · title` (v2 §6: a roadmap item shows its kode and title).
    expect(labels.map(l => l.lines.join(' ')).every(line => /^\d+\. AP\.\d\d · /.test(line))).toBe(true);
    const shown = labels.map(l => l.lines.join(' ').replace(/^\d+\. AP\.\d\d · /, ''));
    expect([...shown].sort()).toEqual([...titles, longName].sort());
    const presensi = labels[shown.indexOf(titles[0])];
    expect(presensi.lines.length).toBeGreaterThan(1);
    expect(presensi.tooltip).toContain(titles[0]);
    // The label column widens to the longest word, so the bars start after it.
    const firstBar = Number(/<rect class="bar[^"]*" x="([\d.]+)"/.exec(svg)![1]);
    expect(firstBar).toBeGreaterThan(16 + longName.length * 7);
});

test('a 10,000-character title does not widen the chart without end: the label is cut, the tooltip keeps it whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-gantt-long-'));
    const title = 'X'.repeat(10_000);
    writeFileSync(join(dir, 'ws.spbe'), `pemda P "Pemerintah Kota Contoh" { periode 2026..2027 }
opd D "D" { pic "p" }
petaRencana { rencana R1 "${title}" { muatan aplikasi penanggungJawab D tahun 2026 anggaran 2026 1 } }
`);
    const [html] = await generateRoadmap((await loadWorkspace(dir)).model(), 'html', { locale: 'id' });
    const svg = /<svg[\s\S]*?<\/svg>/.exec(String(html.content))![0];
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeLessThan(1200);
    expect(svg).toContain(`<title>AP.01 · ${title}</title>`);
    const shown = /<text class="label"[^>]*>[\s\S]*?<\/text>/.exec(svg)![0].replace(/<title>[\s\S]*?<\/title>/, '');
    expect(shown).toContain('…');
    expect(shown.length).toBeLessThan(1000);
});
