// The synthetic model of synthetic-workspace.mjs written in LikeC4's language, for timing LikeC4's
// `validate` on the same shape: the same OPDs (top-level elements, one .c4 file each), the same
// elements nested in them with the same names and titles, every element-to-element reference as a
// relationship to the same target (qualified `OPD_x.NAME` when it is in another OPD), and the
// scalar properties as metadata. The data's `walidata` (its own OPD) is metadata too: LikeC4 does
// not allow a relationship between an element and its parent.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { opdCountFor, syntheticShape } from './synthetic-workspace.mjs';

const metadata = {
    infrastruktur: (opd, e) => `jenis 'server'\n        tier '${e.tier}'`,
    data: opd => `sifat 'terbuka'\n        walidata '${opd.code}'\n        bagiPakai 'semua'`,
    aplikasi: () => `fungsi 'sektoral'\n        pengguna 'semua'`,
    layanan: () => `metode 'online'`
};

export function writeLikeC4Workspace(dir, n, opdCount = opdCountFor(n)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'opd'), { recursive: true });
    const shape = syntheticShape(n, opdCount);
    writeFileSync(join(dir, 'specification.c4'), [
        'specification {',
        ...['opd', 'infrastruktur', 'data', 'aplikasi', 'layanan'].map(kind => `  element ${kind}`),
        '}', ''
    ].join('\n'));
    let relationships = 0;
    for (const opd of shape.opds) {
        const lines = ['model {', `  opd ${opd.code} '${opd.title}' {`, `    metadata {\n      pic '${opd.pic}'\n      peran 'walidata'\n    }`];
        for (const e of opd.elements) {
            lines.push(`    ${e.kind} ${e.name} '${e.title}' {`);
            lines.push(`      metadata {\n        ${metadata[e.kind](opd, e)}\n      }`);
            for (const r of e.refs) {
                lines.push(`      -> ${r.opd === opd.code ? r.name : `${r.opd}.${r.name}`} '${r.property}'`);
                relationships++;
            }
            lines.push('    }');
        }
        lines.push('  }', '}', '');
        writeFileSync(join(dir, 'opd', `${opd.code.toLowerCase()}.c4`), lines.join('\n'));
    }
    return { opdCount: shape.opds.length, elements: shape.elements, relationships };
}
