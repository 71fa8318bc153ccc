import * as ast from '../generated/ast.js';
import type { WorkspaceFacts } from '../analysis/workspace-facts.js';

/**
 * The pemda's own sistemPenghubung (SPLP daerah) that a new `integrasi` with a national application
 * goes `via`: among the active workspace infrastruktur of `jenis sistemPenghubung`, the first one the
 * koordinator OPD owns, else the first one in workspace order (files by path, then declaration order).
 * Undefined when the workspace has none; the caller then routes via `nasional.SPLP`.
 */
export function chooseSistemPenghubung(facts: WorkspaceFacts): ast.Infrastruktur | undefined {
    const hubs = facts.elements.filter((e): e is ast.Infrastruktur =>
        ast.isInfrastruktur(e) && e.jenis[0] === 'sistemPenghubung' && e.status[0] !== 'dihentikan');
    const koordinator = facts.pemda?.koordinator[0]?.$refText;
    return hubs.find(hub => hub.$container.name === koordinator) ?? hubs[0];
}
