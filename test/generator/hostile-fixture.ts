import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeString } from 'spbe-model';

/**
 * A title built to break every output format: HTML and SVG markup, a CDATA end, Markdown table
 * pipes, a spreadsheet formula, quotes, Mermaid separators, bidi overrides and zero-width joiners.
 */
export const HostileTitle = '=HYPERLINK("http://evil.example","x") </td></svg><script>alert(1)</script> ]]> | a|b ; c:d # 50% @x \u202Eevil\u202C zw\u200Dj';

/** A small workspace whose pemda, OPD, element and roadmap item all carry the hostile title. */
export function hostileWorkspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-hostile-'));
    const t = escapeString(HostileTitle);
    writeFileSync(join(dir, 'ws.spbe'), `pemda P "${t}" { periode 2026..2027 }
opd A "${t}" {
    pic "${t}"
    aplikasi APP "${t}" { status rencana }
}
petaRencana {
    rencana R "${t}" {
        muatan aplikasi
        penanggungJawab A
        tahun 2026..2027
        target 2026 "${t}"
        anggaran 2026 1_000
        mewujudkan A.APP
    }
}
`);
    return dir;
}
