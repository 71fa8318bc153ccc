import { afterEach, expect, test } from 'vitest';
import { AstUtils, type AstNode } from 'langium';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

const links = (root: AstNode) => AstUtils.streamAst(root).toArray()
    .map(node => ({ node, container: node.$container, property: node.$containerProperty, index: node.$containerIndex }));

test('the parser sets every node\'s container, property and list index as Langium\'s linkContentToContainer does (issue 20)', async () => {
    const document = await t.parse(`
opd A "Dinas A" {
    infrastruktur DC "Pusat Data" { jenis server tier 3 }
    data D1 "Data 1" { sifat terbuka walidata A bagiPakai semua }
    aplikasi APP "Aplikasi" { fungsi sektoral hosting DC data D1, A.D1 pengguna semua }
}
petaRencana { rencana R1 "Rencana" { muatan AU.01 tahun 2026..2027 target 2026 3 target 2027 4 } }
`);
    const root = document.parseResult.value;
    const fromParser = links(root);
    expect(fromParser.filter(l => l.index !== undefined).length).toBeGreaterThan(5);
    expect(fromParser.slice(1).every(l => l.container !== undefined && l.property !== undefined)).toBe(true);
    // Langium's own linking over the same tree must change nothing.
    AstUtils.linkContentToContainer(root, { deep: true });
    expect(links(root)).toEqual(fromParser);
});
