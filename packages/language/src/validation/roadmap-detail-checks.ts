import { GrammarUtils, type ValidationCheck } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type * as ast from '../generated/ast.js';
import { itemKodesIn } from '../analysis/item-kodes.js';
import { documentOf } from './_shared.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { reporter } from './_shared.js';
import { issueSeverity, IssueCodes, message, shownName } from 'spbe-model';

/**
 * The v2 parts of a roadmap item (spec §3.4): its kode rincian and its `indikatorKinerja` blocks.
 * Their years are checked with the item's other years (roadmap-checks `checkRoadmapYears`).
 */

/** How many other items a duplicate kode's related information points at. */
const RelatedShown = 5;

/** Two items with one kode, written or derived: `duplicate-name` on each, on its `kode` value or (derived) its name. */
export const checkDuplicateKode = (services: SpbeCoreServices): ValidationCheck<ast.Rencana> => (item, accept) => {
    const facts = services.spbe.WorkspaceFacts.get();
    const kodes = itemKodesIn(facts);
    const own = kodes.get(item);
    if (!own || !item.name) {
        return;
    }
    const byKode = facts.memo('items-by-kode', () => {
        const map = new Map<string, ast.Rencana[]>();
        for (const [other, kode] of kodes) {
            const list = map.get(kode.kode);
            if (list) {
                list.push(other);
            } else {
                map.set(kode.kode, [other]);
            }
        }
        return map;
    });
    const same = byKode.get(own.kode) ?? [];
    if (same.length < 2) {
        return;
    }
    const related: DiagnosticRelatedInformation[] = [];
    for (const other of same) {
        if (other === item || related.length >= RelatedShown) {
            continue;
        }
        const range = kodeNode(other)?.range;
        if (range) {
            related.push({ location: { uri: documentOf(other).uri.toString(), range }, message: `${shownName(other.name)} (${shownName(own.kode)})` });
        }
    }
    const locale = services.spbe.Settings.locale;
    accept(issueSeverity(IssueCodes.DuplicateName), message('duplicate-name-kode', locale, { kode: own.kode, name: item.name, derived: own.derived ? 1 : '' }), {
        node: item,
        property: own.derived ? 'name' : 'kode',
        index: own.derived ? undefined : 0,
        code: IssueCodes.DuplicateName,
        data: { code: IssueCodes.DuplicateName, kode: own.kode },
        relatedInformation: related
    });
};

/**
 * `kode ""` (or only spaces): `invalid-value`, since a kode rincian cannot be empty; the item then
 * keeps its derived kode (item-kodes treats a blank kode as not written).
 */
export const checkBlankKode = (services: SpbeCoreServices): ValidationCheck<ast.Rencana> => (item, accept) => {
    item.kode.forEach((kode, index) => {
        if (kode.trim() === '') {
            reporter(services, accept)(IssueCodes.InvalidValue, {
                reasonId: 'kode rincian tidak boleh kosong; tanpa `kode`, butir memakai kode turunannya',
                reasonEn: 'an item code cannot be empty; without `kode`, the item uses its derived code'
            }, { node: item, property: 'kode', index });
        }
    });
};

/** Where an item's kode is written, or its name when the kode is derived. */
function kodeNode(item: ast.Rencana) {
    return GrammarUtils.findNodeForProperty(item.$cstNode, 'kode', 0) ?? GrammarUtils.findNodeForProperty(item.$cstNode, 'name');
}

/** `satuan` is required in each `indikatorKinerja` (reported on its name). */
export const checkKinerjaSatuan = (services: SpbeCoreServices): ValidationCheck<ast.IndikatorKinerja> => (indikator, accept) => {
    if (indikator.satuan.length === 0 && indikator.title !== undefined) {
        reporter(services, accept)(IssueCodes.MissingProperty,
            { kind: 'indikatorKinerja', name: indikator.title, property: 'satuan' },
            { node: indikator, property: 'title', data: { property: 'satuan' } });
    }
};

/** One `target` per year inside an `indikatorKinerja`: the second and later are `duplicate-property`. */
export const checkKinerjaTargetYears = (services: SpbeCoreServices): ValidationCheck<ast.IndikatorKinerja> => (indikator, accept) => {
    const report = reporter(services, accept);
    const seen = new Set<number>();
    for (const target of indikator.targets) {
        if (target.year === undefined) {
            continue;
        }
        if (seen.has(target.year)) {
            report(IssueCodes.DuplicateProperty, { property: `target ${target.year}` }, { node: target });
        }
        seen.add(target.year);
    }
};
