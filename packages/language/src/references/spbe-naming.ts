import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { qualify } from 'spbe-model';
import { isOpd, type Element, type Opd } from '../generated/ast.js';

/** The OPD that declares `node` (directly or through nesting), if any. */
export function owningOpd(node: AstNode): Opd | undefined {
    return AstUtils.getContainerOfType(node, isOpd);
}

/** `OPD.NAME` of a declared element (spec §3.2). */
export function qualifiedName(element: Element): string {
    return qualify(element.$container.name, element.name);
}
