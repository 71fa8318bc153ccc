import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isInfrastruktur, isOpd, isPetaRencana, type Workspace } from '../generated/ast.js';
import { qualify } from 'spbe-model';
import type { SpbeDescription } from './spbe-symbol-table.js';

/**
 * Exports OPD codes, elements under their qualified name `OPD.NAME`, and roadmap items. Nothing is
 * put into local scopes: unqualified names inside an OPD are resolved by the scope provider from the
 * same global tables, which keeps scoping a hash lookup.
 */
export class SpbeScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value as Workspace;
        for (const declaration of root.declarations ?? []) {
            if (isOpd(declaration) && declaration.name) {
                exports.push(this.describe(declaration, declaration.name, document));
                for (const element of declaration.elements) {
                    if (!element.name) {
                        continue;
                    }
                    const d: SpbeDescription = this.describe(element, qualify(declaration.name, element.name), document);
                    d.opd = declaration.name;
                    d.simpleName = element.name;
                    if (isInfrastruktur(element)) {
                        d.jenis = element.jenis[0];
                    }
                    exports.push(d);
                }
            } else if (isPetaRencana(declaration)) {
                for (const item of declaration.items) {
                    if (item.name) {
                        exports.push(this.describe(item, item.name, document));
                    }
                }
            }
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    private describe(node: AstNode, name: string, document: LangiumDocument): SpbeDescription {
        return this.descriptions.createDescription(node, name, document);
    }
}
