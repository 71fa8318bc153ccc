import path from 'node:path';
import { URI } from 'langium';
import type { SourceRef, SpbeModel } from 'spbe-model';
import type { FileDiagnostic } from '../workspace/load-workspace.js';

/**
 * The findings of one OPD (`--opd`): those in its own text. A finding belongs to the declaration
 * written closest above it in the same file — the OPD block, one of its elements, or a roadmap item
 * it is responsible for (`penanggungJawab`) — since the model records where each name is declared,
 * not where its block ends. A finding above every declaration of its file (the pemda) belongs to none.
 */
export function opdDiagnostics(model: SpbeModel, root: string, diagnostics: readonly FileDiagnostic[], opd: string): FileDiagnostic[] {
    const anchors = new Map<string, Array<{ line: number; opd: string | undefined }>>();
    const add = (source: SourceRef | undefined, owner: string | undefined) => {
        if (source?.uri.startsWith('file:')) {
            const file = path.relative(root, URI.parse(source.uri).fsPath).split(path.sep).join('/');
            const list = anchors.get(file) ?? [];
            // SourceRef lines count from 0, a finding's from 1.
            list.push({ line: source.line + 1, opd: owner });
            anchors.set(file, list);
        }
    };
    model.opds.forEach(o => add(o.source, o.code));
    model.elements.forEach(e => add(e.source, e.opd));
    model.items.forEach(i => add(i.source, i.penanggungJawab));
    add(model.pemda?.source, undefined);
    anchors.forEach(list => list.sort((a, b) => a.line - b.line));
    return diagnostics.filter(d => {
        const list = anchors.get(d.file) ?? [];
        let owner: string | undefined;
        for (const anchor of list) {
            if (anchor.line > d.line) {
                break;
            }
            owner = anchor.opd;
        }
        return owner === opd;
    });
}
