import { AstUtils, UriUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { NasionalOpd } from 'spbe-model';
import { editorSentence, invalidIdentifierReason } from 'spbe-model';
import { kindKeyword, qualify } from 'spbe-model';
import type { SpbeSymbolTable } from '../references/spbe-symbol-table.js';
import type { Locale } from 'spbe-model';

/** What F2 can rename: an OPD, an element or a roadmap item. */
export type RenameTarget = ast.Opd | ast.Element | ast.Rencana;

export function isRenameTarget(node: AstNode | undefined): node is RenameTarget {
    return ast.isOpd(node) || ast.isElement(node) || ast.isRencana(node);
}

/**
 * Why `target` cannot be renamed to `newName`, as a sentence in `locale`, or undefined when it can:
 * the name must be an identifier of the grammar (not a keyword) and must not clash in its scope
 * (OPD codes and roadmap items across the workspace, element names within their OPD, spec §3.2).
 */
export function renameRefusal(target: RenameTarget, newName: string, symbols: SpbeSymbolTable, locale: Locale): string | undefined {
    const reason = invalidIdentifierReason(newName, locale);
    if (reason) {
        return editorSentence('renameInvalid', locale, { name: newName, reason });
    }
    if (newName === target.name) {
        return undefined;
    }
    if (ast.isOpd(target)) {
        const other = newName === NasionalOpd ? undefined : symbols.lookup('opd', newName).find(d => d.node !== target);
        if (newName === NasionalOpd || other) {
            return clash(locale, `OPD ${newName}`, other?.node, editorSentence('inWorkspace', locale));
        }
        return undefined;
    }
    if (ast.isRencana(target)) {
        const other = symbols.lookup('rencana', newName).find(d => d.node !== target);
        return other ? clash(locale, `rencana ${newName}`, other.node, editorSentence('inRoadmap', locale)) : undefined;
    }
    const opd = target.$container;
    const sibling = opd.elements.find(e => e !== target && e.name === newName)
        ?? symbols.lookup('element', qualify(opd.name, newName)).find(d => d.node !== target)?.node;
    return sibling ? clash(locale, qualify(opd.name, newName), sibling, editorSentence('inOpd', locale, { opd: opd.name })) : undefined;
}

/** "BAPPEDA.X sudah dipakai di OPD BAPPEDA (layanan, bappeda.spbe:12); pilih nama lain." */
function clash(locale: Locale, what: string, existing: AstNode | undefined, scope: string): string {
    const where = existing ? ` (${describe(existing)})` : '';
    return editorSentence('renameTaken', locale, { what, scope, where });
}

function describe(node: AstNode): string {
    const kind = ast.isElement(node) ? `${kindKeyword(node.$type)}, ` : '';
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    return `${kind}${UriUtils.basename(AstUtils.getDocument(node).uri)}:${line}`;
}
