import type * as ast from '../generated/ast.js';
import { itemKodes, type ItemKode } from 'spbe-model';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * Each roadmap item's kode (written or derived, spec §3.4 v2), keyed by item, in workspace order
 * (`facts.items`: files in path order, then position). Items with neither kode nor muatan are absent.
 * Computed once per build and shared by the model and the duplicate-kode check.
 */
export function itemKodesIn(facts: WorkspaceFacts): ReadonlyMap<ast.Rencana, ItemKode> {
    return facts.memo('item-kodes', () => {
        // A blank `kode ""` is reported (invalid-value) and counts as not written: the derived kode holds.
        const written = (kode: string | undefined) => kode?.trim() ? kode : undefined;
        const kodes = itemKodes(facts.items.map(i => ({ muatan: i.muatan[0], kode: written(i.kode[0]) })));
        const result = new Map<ast.Rencana, ItemKode>();
        facts.items.forEach((item, i) => {
            const kode = kodes[i];
            if (kode) {
                result.set(item, kode);
            }
        });
        return result;
    });
}
