// The synthetic 2,000-item roadmap workspace of the roadmap and document benchmarks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const muatan = ['tataKelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'auditTik'];

/** Writes a pemda with 37 OPDs and a roadmap of `count` items (every muatan, budgets, dependencies, indicators) into `dir`. */
export function writeRoadmapWorkspace(dir, count) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const opds = Array.from({ length: 37 }, (_, i) => `OPD_${String(i).padStart(2, '0')}`);
    writeFileSync(join(dir, 'pemda.spbe'), 'pemda Bench "Bench" { periode 2025..2029 }\n' + opds.map(o => `opd ${o} "Perangkat ${o}" { pic "p" }`).join('\n'));
    const items = Array.from({ length: count }, (_, i) => {
        const start = 2025 + (i % 5);
        const end = Math.min(2029, start + (i % 3));
        const after = i >= 7 && i % 4 === 0 ? `setelah R${i - 7}` : '';
        const budget = Array.from({ length: end - start + 1 }, (_, k) => `anggaran ${start + k} ${(i % 9 + 1) * 10_000_000}`).join(' ');
        return `rencana R${i} "Rencana ${i}" { muatan ${muatan[i % 7]} penanggungJawab ${opds[i % 37]} pelaksana ${opds[(i + 1) % 37]} tahun ${start}..${end} target ${end} "Target ${i}" ${budget} sumberDana APBD ${after} indikator spbe2020.I${String(i % 47 + 1).padStart(2, '0')} -> 4 }`;
    });
    writeFileSync(join(dir, 'peta-rencana.spbe'), `petaRencana {\n${items.join('\n')}\n}\n`);
}
