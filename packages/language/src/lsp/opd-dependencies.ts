import { AstUtils, type AstNode, type URI } from 'langium';
import * as ast from '../generated/ast.js';
import { NasionalOpd } from 'spbe-model';
import type { WorkspaceFacts } from '../analysis/workspace-facts.js';
import { referenceOfUse, type ElementUse } from '../analysis/element-uses.js';
import { kindKeyword } from 'spbe-model';
import { qualifiedName } from '../references/spbe-naming.js';
import { isGranted } from '../validation/_shared.js';
import type { Locale } from 'spbe-model';
import { editorSentence, pushTo, term, type EditorSentenceKey } from 'spbe-model';
import type { SpbeServices } from '../spbe-module.js';
import { displayPath } from './display-path.js';
import type { OpdDependencies, OpdDependencyEntry, OpdDependencyGroup, SharingStatus } from './client-contract.js';

/** The heading of a group: "Dipakai oleh X" or "Memakai X". */
function directionWords(direction: OpdDependencyEntry['direction'], locale: Locale): string {
    return direction === 'usedBy' ? term('usedBy', locale) : editorSentence('uses', locale);
}

/** The sharing status in words; `user` is the OPD that uses the element. */
function statusText(status: SharingStatus, target: ast.Element, user: string, locale: Locale): string {
    const app = ast.isAplikasi(target);
    const keys: Record<SharingStatus, EditorSentenceKey> = {
        open: 'sharingOpen',
        granted: app ? 'appUserListed' : 'sharedWith',
        notGranted: app ? 'appUserNotListed' : 'notSharedWith',
        national: 'sharingNational',
        notRequired: 'sharingNotRequired',
        unclassified: 'sharingUnclassified'
    };
    return editorSentence(keys[status], locale, { user });
}

/** The same rule as the cross-OPD checks (spec §5.2): what the owner allows `user` to do with `target`. */
function sharingStatus(use: ElementUse, target: ast.Element, user: string): SharingStatus {
    if (target.$container.name === NasionalOpd) {
        return 'national';
    }
    if (ast.isData(target)) {
        const sifat = target.sifat[0];
        return !sifat ? 'unclassified' : sifat === 'terbuka' ? 'open' : isGranted(target.bagiPakai, user) ? 'granted' : 'notGranted';
    }
    if (ast.isAplikasi(target)) {
        if (isGranted(target.pengguna, user)) {
            return 'granted';
        }
        // Only a layanan's aplikasi list needs the owner's pengguna (cross-opd-app-not-shared).
        return ast.isAplikasiRefs(use.holder) && ast.isLayanan(use.holder.$container) ? 'notGranted' : 'notRequired';
    }
    return 'notRequired';
}

/**
 * Every reference between `opd` and another OPD, in both directions: what the code lens counts
 * and the list it opens. Linear in the workspace's references (one pass, memoized per build).
 */
export function opdDependencyEntries(facts: WorkspaceFacts, opd: ast.Opd, locale: Locale, pathOf: (uri: URI) => string): OpdDependencyEntry[] {
    const crossing = facts.memo('cross-opd-uses', () => {
        const byOpd = new Map<ast.Opd, Array<{ use: ElementUse; target: ast.Element }>>();
        for (const [target, uses] of facts.uses) {
            for (const use of uses) {
                if (use.user.$container !== target.$container) {
                    pushTo(byOpd, target.$container, { use, target });
                    pushTo(byOpd, use.user.$container, { use, target });
                }
            }
        }
        return byOpd;
    });
    const entries: OpdDependencyEntry[] = [];
    for (const { use, target } of crossing.get(opd) ?? []) {
        const range = referenceOfUse(use)?.$refNode?.range;
        if (!range) {
            continue;
        }
        const userOpd = use.user.$container.name;
        const status = sharingStatus(use, target, userOpd);
        const direction = target.$container === opd ? 'usedBy' : 'uses';
        const uri = AstUtils.getDocument(use.holder as AstNode).uri;
        entries.push({
            direction,
            otherOpd: direction === 'usedBy' ? userOpd : target.$container.name,
            from: qualifiedName(use.user),
            fromKind: kindKeyword(use.user.$type),
            to: qualifiedName(target),
            toKind: kindKeyword(target.$type),
            toTitle: target.title,
            status,
            statusText: statusText(status, target, userOpd, locale),
            uri: uri.toString(),
            range,
            path: pathOf(uri)
        });
    }
    return entries;
}

/** The entries grouped by direction ("dipakai oleh" first) and by the other OPD, for the editor's list. */
export function groupOpdDependencies(opd: ast.Opd, entries: readonly OpdDependencyEntry[], facts: WorkspaceFacts, locale: Locale): OpdDependencies {
    const groups = new Map<string, OpdDependencyGroup & { entries: OpdDependencyEntry[] }>();
    const order = (e: OpdDependencyEntry) => `${e.direction === 'usedBy' ? 0 : 1}\u0000${e.otherOpd}`;
    for (const entry of [...entries].sort((a, b) => order(a).localeCompare(order(b)) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))) {
        const key = order(entry);
        let group = groups.get(key);
        if (!group) {
            const title = facts.opds.find(o => o.name === entry.otherOpd)?.title;
            group = { direction: entry.direction, opd: entry.otherOpd, label: `${directionWords(entry.direction, locale)} ${entry.otherOpd}${title ? ` — ${title}` : ''}`, entries: [] };
            groups.set(key, group);
        }
        group.entries.push(entry);
    }
    const count = entries.length;
    return {
        opd: opd.name,
        title: `${opd.name}: ${count} ${term('crossOpdReferences', locale)}`,
        emptyText: editorSentence('noDependencies', locale, { opd: opd.name }),
        groups: [...groups.values()],
        count
    };
}

/** The grouped list for the OPD named `code` (`spbe/opdDependencies`), or null when no such OPD exists. */
export function opdDependencies(services: SpbeServices, code: string): OpdDependencies | null {
    const facts = services.spbe.WorkspaceFacts.get();
    const opd = facts.opds.find(o => o.name === code);
    if (!opd) {
        return null;
    }
    const locale = services.spbe.Settings.locale;
    return groupOpdDependencies(opd, opdDependencyEntries(facts, opd, locale, uri => displayPath(services, uri)), facts, locale);
}
