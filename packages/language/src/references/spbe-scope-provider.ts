import { stream, type AstNodeDescription, type ReferenceInfo, type Scope, type ScopeProvider, type Stream } from 'langium';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { referenceTarget, type ReferenceTarget } from './reference-targets.js';
import { qualify } from 'spbe-model';
import { owningOpd } from './spbe-naming.js';
import type { SpbeDescription, SpbeSymbolTable } from './spbe-symbol-table.js';

/**
 * Resolves `NAME` inside its OPD and `OPD.NAME` anywhere, restricted to the kinds the property allows
 * (a `hosting` only sees infrastruktur, a `via` only a sistemPenghubung…).
 */
export class SpbeScopeProvider implements ScopeProvider {
    private readonly symbols: SpbeSymbolTable;

    constructor(services: SpbeCoreServices) {
        this.symbols = services.spbe.SymbolTable;
    }

    getScope(context: ReferenceInfo): Scope {
        return new SpbeScope(this.symbols, referenceTarget(context), owningOpd(context.container)?.name);
    }
}

export function matchesTarget(d: SpbeDescription, target: ReferenceTarget): boolean {
    if (target.kinds && !target.kinds.includes(d.type)) {
        return false;
    }
    return !target.jenis || d.jenis === target.jenis;
}

class SpbeScope implements Scope {
    constructor(
        private readonly symbols: SpbeSymbolTable,
        private readonly target: ReferenceTarget,
        private readonly ownerOpd: string | undefined
    ) { }

    getElement(name: string): AstNodeDescription | undefined {
        for (const candidate of this.candidates(name)) {
            if (matchesTarget(candidate, this.target)) {
                return candidate;
            }
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.candidates(name)).filter(d => matchesTarget(d, this.target));
    }

    /** Completion candidates: own OPD's elements by simple name, everyone else's qualified. */
    getAllElements(): Stream<AstNodeDescription> {
        const owner = this.ownerOpd;
        return stream(this.symbols.all(this.target.namespace))
            .flatMap(list => list)
            .filter(d => matchesTarget(d, this.target))
            .map(d => (owner && d.opd === owner && d.simpleName) ? { ...d, name: d.simpleName, nameSegment: d.nameSegment } : d);
    }

    private candidates(name: string): readonly SpbeDescription[] {
        if (this.target.namespace !== 'element' || name.includes('.')) {
            return this.symbols.lookup(this.target.namespace, name);
        }
        return this.ownerOpd ? this.symbols.lookup('element', qualify(this.ownerOpd, name)) : [];
    }
}
