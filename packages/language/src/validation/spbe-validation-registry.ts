import { stream, ValidationRegistry, type ValidationCategory, type ValidationCheck, type Stream } from 'langium';

/**
 * Langium composes a new concat/filter/map stream per AST node and category set when it asks for
 * checks; with tens of thousands of nodes per build that dominated validation time. The set of
 * checks per type only changes when checks are registered, so it is computed once and reused.
 */
export class SpbeValidationRegistry extends ValidationRegistry {
    private readonly cache = new Map<string, readonly ValidationCheck[]>();

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        const key = categories ? `${type}|${categories.join(',')}` : type;
        let checks = this.cache.get(key);
        if (!checks) {
            checks = super.getChecks(type, categories).toArray();
            this.cache.set(key, checks);
        }
        return stream(checks);
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        this.cache.clear();
        super.addEntry(type, entry);
    }
}
