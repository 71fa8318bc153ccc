import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstUtils } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { diskWorkspace, loadWorkspace, validateWorkspace } from 'spbe-server';
import { isInfrastruktur } from '../../packages/language/src/generated/ast.js';
import { SpbeModelProvider } from '../../packages/language/src/model/model-provider.js';

afterEach(() => {
    vi.restoreAllMocks();
});

/** Two OPD files, the application of one hosted on the other's server. */
function twoFiles(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-one-shot-'));
    writeFileSync(join(dir, 'a.spbe'), 'opd A "A" {\n    pic "P"\n    aplikasi X "X" { fungsi keuangan hosting B.S }\n}\n');
    writeFileSync(join(dir, 'b.spbe'), 'opd B "B" {\n    pic "Q"\n    infrastruktur S "S" { jenis server tier 2 }\n}\n');
    return dir;
}

describe('a one-shot load (the CLI) does only what its command needs', () => {
    test('validate builds no model; a command that reads the model builds it once', async () => {
        const get = vi.spyOn(SpbeModelProvider.prototype, 'get');
        const source = diskWorkspace(twoFiles());
        const outcome = await validateWorkspace(source);
        expect(outcome.workspace.counts.errors).toBe(0);
        expect(get).not.toHaveBeenCalled();
        expect(outcome.workspace.model.elements.filter(e => !e.builtin).map(e => e.id).sort()).toEqual(['A.X', 'B.S']);
        expect(get).toHaveBeenCalledTimes(1);
    });

    test('references across files are linked, but not indexed for find-references', async () => {
        const loaded = await loadWorkspace(twoFiles());
        expect(loaded.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        const server = loaded.documents.flatMap(d => AstUtils.streamAst(d.parseResult.value).filter(isInfrastruktur).toArray())[0];
        const path = loaded.services.workspace.AstNodeLocator.getAstNodePath(server);
        expect(loaded.services.shared.workspace.IndexManager.findAllReferences(server, path).toArray()).toEqual([]);
        expect(loaded.model().elements.find(e => e.id === 'A.X')?.relations).toContainEqual(expect.objectContaining({ property: 'hosting', target: 'B.S' }));
    });
});
