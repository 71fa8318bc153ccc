// Generates a synthetic .spbe workspace: N elements across F OPD files, about two references per
// element, a third of them to another OPD (qualified). Deterministic for a given N and F.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function opdCountFor(n) {
    return Math.max(37, Math.round(n / 500));
}

export function writeSyntheticWorkspace(dir, n, opdCount = opdCountFor(n)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'opd'), { recursive: true });
    const perOpd = Math.ceil(n / opdCount);
    // Each OPD gets, in order: infrastruktur (10%), data (30%), aplikasi (30%), layanan (30%).
    const share = { infra: Math.max(1, Math.round(perOpd * 0.1)), data: Math.round(perOpd * 0.3), app: Math.round(perOpd * 0.3) };
    share.layanan = perOpd - share.infra - share.data - share.app;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = count => Math.floor(random() * count);
    const code = i => `OPD_${String(i).padStart(3, '0')}`;
    // A third of the references go to another OPD (qualified), the rest stay inside the OPD.
    const ref = (own, kind, count) => {
        const other = random() < 1 / 3;
        const target = other ? (own + 1 + pick(opdCount - 1)) % opdCount : own;
        const name = `${kind}_${pick(count)}`;
        return other ? `${code(target)}.${name}` : name;
    };
    let total = 0;
    for (let o = 0; o < opdCount && total < n; o++) {
        const lines = [`opd ${code(o)} "Perangkat Daerah ${o}" {`, `    pic "PIC ${o}"`, '    peran walidata'];
        const add = text => { if (total < n) { lines.push(text); total++; } };
        for (let i = 0; i < share.infra; i++) {
            add(`    infrastruktur INF_${i} "Server ${i}" { jenis server tier ${1 + (i % 4)} }`);
        }
        for (let i = 0; i < share.data; i++) {
            add(`    data DAT_${i} "Data ${i}" { sifat terbuka walidata ${code(o)} bagiPakai semua }`);
        }
        for (let i = 0; i < share.app; i++) {
            add(`    aplikasi APP_${i} "Aplikasi ${i}" { fungsi sektoral hosting ${ref(o, 'INF', share.infra)} data ${ref(o, 'DAT', share.data)} pengguna semua }`);
        }
        for (let i = 0; i < share.layanan; i++) {
            add(`    layanan LAY_${i} "Layanan ${i}" { metode online aplikasi ${ref(o, 'APP', share.app)} data ${ref(o, 'DAT', share.data)} }`);
        }
        lines.push('}', '');
        writeFileSync(join(dir, 'opd', `${code(o).toLowerCase()}.spbe`), lines.join('\n'));
    }
    writeFileSync(join(dir, 'pemda.spbe'), 'pemda Bench "Benchmark" {\n    periode 2025..2029\n}\n');
    return { opdCount, elements: total };
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
