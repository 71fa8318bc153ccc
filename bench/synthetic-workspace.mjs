// Generates a synthetic .spbe workspace: N elements across F OPD files, about two references per
// element, a third of them to another OPD (qualified). Deterministic for a given N and F.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function opdCountFor(n) {
    return Math.max(37, Math.round(n / 500));
}

/**
 * The synthetic model as data, for any syntax to render: `opdCount` OPDs (code, title, PIC) with, in
 * order, infrastruktur (10%), data (30%), aplikasi (30%) and layanan (30%) elements; each aplikasi
 * refers to one infrastruktur (`hosting`) and one data, each layanan to one aplikasi and one data;
 * a third of the references go to another OPD (`target.opd` differs from the element's OPD).
 */
export function syntheticShape(n, opdCount = opdCountFor(n)) {
    const perOpd = Math.ceil(n / opdCount);
    const share = { infra: Math.max(1, Math.round(perOpd * 0.1)), data: Math.round(perOpd * 0.3), app: Math.round(perOpd * 0.3) };
    share.layanan = perOpd - share.infra - share.data - share.app;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = count => Math.floor(random() * count);
    const code = i => `OPD_${String(i).padStart(3, '0')}`;
    const ref = (own, kind, count) => {
        const target = random() < 1 / 3 ? (own + 1 + pick(opdCount - 1)) % opdCount : own;
        return { opd: code(target), name: `${kind}_${pick(count)}` };
    };
    const opds = [];
    let total = 0;
    for (let o = 0; o < opdCount && total < n; o++) {
        const opd = { code: code(o), title: `Perangkat Daerah ${o}`, pic: `PIC ${o}`, elements: [] };
        opds.push(opd);
        // The references are drawn before the count is checked, so the last OPD's cut does not change the draw.
        const add = element => { if (total < n) { opd.elements.push(element); total++; } };
        for (let i = 0; i < share.infra; i++) {
            add({ kind: 'infrastruktur', name: `INF_${i}`, title: `Server ${i}`, tier: 1 + (i % 4), refs: [] });
        }
        for (let i = 0; i < share.data; i++) {
            add({ kind: 'data', name: `DAT_${i}`, title: `Data ${i}`, refs: [] });
        }
        for (let i = 0; i < share.app; i++) {
            const hosting = ref(o, 'INF', share.infra);
            add({ kind: 'aplikasi', name: `APP_${i}`, title: `Aplikasi ${i}`, refs: [{ property: 'hosting', ...hosting }, { property: 'data', ...ref(o, 'DAT', share.data) }] });
        }
        for (let i = 0; i < share.layanan; i++) {
            const aplikasi = ref(o, 'APP', share.app);
            add({ kind: 'layanan', name: `LAY_${i}`, title: `Layanan ${i}`, refs: [{ property: 'aplikasi', ...aplikasi }, { property: 'data', ...ref(o, 'DAT', share.data) }] });
        }
    }
    return { opds, elements: total };
}

/** The shape as a .spbe workspace: one file per OPD below opd/, and pemda.spbe. */
export function writeSyntheticWorkspace(dir, n, opdCount = opdCountFor(n)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'opd'), { recursive: true });
    const shape = syntheticShape(n, opdCount);
    const target = (opd, r) => r.opd === opd.code ? r.name : `${r.opd}.${r.name}`;
    const body = {
        infrastruktur: (opd, e) => `jenis server tier ${e.tier}`,
        data: opd => `sifat terbuka walidata ${opd.code} bagiPakai semua`,
        aplikasi: (opd, e) => `fungsi sektoral hosting ${target(opd, e.refs[0])} data ${target(opd, e.refs[1])} pengguna semua`,
        layanan: (opd, e) => `metode online aplikasi ${target(opd, e.refs[0])} data ${target(opd, e.refs[1])}`
    };
    for (const opd of shape.opds) {
        const lines = [`opd ${opd.code} "${opd.title}" {`, `    pic "${opd.pic}"`, '    peran walidata'];
        for (const e of opd.elements) {
            lines.push(`    ${e.kind} ${e.name} "${e.title}" { ${body[e.kind](opd, e)} }`);
        }
        lines.push('}', '');
        writeFileSync(join(dir, 'opd', `${opd.code.toLowerCase()}.spbe`), lines.join('\n'));
    }
    writeFileSync(join(dir, 'pemda.spbe'), 'pemda Bench "Benchmark" {\n    periode 2025..2029\n}\n');
    return { opdCount: shape.opds.length, elements: shape.elements };
}

/**
 * All N elements in ONE OPD file (the case that was quadratic: 20k elements took 30 s): applications
 * sharing one fungsi with an application of a second OPD (each is a duplicate-application), layanan
 * using them, data and infrastruktur they refer to, and one `tier 7` error that must be reported.
 */
export function writeOneOpdWorkspace(dir, n) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'opd'), { recursive: true });
    const lines = ['opd SATU "Satu OPD" {', '    pic "PIC"', '    peran walidata', '    infrastruktur BAD "Tier salah" { jenis server tier 7 }'];
    let total = 1;
    for (let i = 0; total < n; i++) {
        const kind = i % 10;
        if (kind === 0) {
            lines.push(`    infrastruktur INF_${i} "Server ${i}" { jenis server tier ${1 + (i % 4)} }`);
        } else if (kind < 4) {
            lines.push(`    data DAT_${i} "Data ${i}" { sifat terbuka walidata SATU bagiPakai semua }`);
        } else if (kind < 7) {
            lines.push(`    aplikasi APP_${i} "Aplikasi ${i}" { fungsi keuangan hosting INF_${i - kind} data DAT_${i - kind + 1} pengguna semua }`);
        } else {
            lines.push(`    layanan LAY_${i} "Layanan ${i}" { metode online aplikasi APP_${i - 3} data DAT_${i - kind + 2} }`);
        }
        total++;
    }
    lines.push('}', '');
    writeFileSync(join(dir, 'opd', 'satu.spbe'), lines.join('\n'));
    writeFileSync(join(dir, 'opd', 'dua.spbe'), 'opd DUA "Dua" {\n    pic "PIC"\n    aplikasi KEU "Keuangan" { fungsi keuangan }\n}\n');
    writeFileSync(join(dir, 'pemda.spbe'), 'pemda Bench "Benchmark" {\n    periode 2025..2029\n}\n');
    return { elements: total + 2 };
}
