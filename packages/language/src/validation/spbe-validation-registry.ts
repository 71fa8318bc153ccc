import { isOperationCancelled, stream, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type Stream } from 'langium';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { errorDetail, internalFailureMessage, type InternalFailureData } from './internal-failure.js';
import { IssueCodes, issueSeverity } from 'spbe-model';

/**
 * Langium composes a new concat/filter/map stream per AST node and category set when it asks for
 * checks; with tens of thousands of nodes per build that dominated validation time. The set of
 * checks per type only changes when checks are registered, so it is computed once and reused.
 *
 * A check that throws is contained: the other checks still run, and the failure becomes an
 * `internal-error` diagnostic naming the check (Langium's default logs it and reports an English
 * message without a code, which the CLI and the editor could not tell from a finding).
 */
export class SpbeValidationRegistry extends ValidationRegistry {
    private readonly cache = new Map<string, readonly ValidationCheck[]>();
    private readonly spbe: SpbeCoreServices;

    constructor(services: SpbeCoreServices) {
        super(services);
        this.spbe = services;
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        return stream(this.checksFor(type, categories));
    }

    /**
     * The checks for nodes of `type` in `categories` (all when undefined), as an array. The document
     * validator asks once per node with the same `categories` array, so the answers are also kept
     * per array: no key string is joined per node.
     */
    checksFor(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        const entry = categories ? this.byCategories.get(categories) : undefined;
        // A caller that changed its array since gets a fresh table.
        const byType = categories ? (entry && sameItems(entry.snapshot, categories) ? entry.byType : undefined) : this.uncategorized;
        let checks = byType?.get(type);
        if (checks) {
            return checks;
        }
        const key = categories ? `${type}|${categories.join(',')}` : type;
        checks = this.cache.get(key);
        if (!checks) {
            checks = super.getChecks(type, categories).toArray();
            this.cache.set(key, checks);
        }
        if (byType) {
            byType.set(type, checks);
        } else if (categories) {
            this.byCategories.set(categories, { snapshot: [...categories], byType: new Map([[type, checks]]) });
        }
        return checks;
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        this.cache.clear();
        this.byCategories = new WeakMap();
        this.uncategorized.clear();
        super.addEntry(type, entry);
    }

    private byCategories = new WeakMap<readonly ValidationCategory[], { snapshot: readonly ValidationCategory[]; byType: Map<string, readonly ValidationCheck[]> }>();
    private readonly uncategorized = new Map<string, readonly ValidationCheck[]>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const name = check.name || 'anonymous';
        const contain = (error: unknown, node: AstNode, accept: ValidationAcceptor): void => {
            if (isOperationCancelled(error)) {
                throw error;
            }
            const data: InternalFailureData = { code: IssueCodes.InternalError, stage: 'check', check: name, detail: errorDetail(error) };
            accept(issueSeverity(IssueCodes.InternalError), internalFailureMessage(data, this.spbe.spbe.Settings.locale), { node, code: IssueCodes.InternalError, data });
        };
        // Not an async function: most checks are synchronous, and a promise per check and node was a
        // measurable share of a cold validation. A check that returns a promise is still awaited.
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                return result instanceof Promise ? result.catch(error => contain(error, node, accept)) : undefined;
            } catch (error) {
                contain(error, node, accept);
                return undefined;
            }
        };
    }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
    return a.length === b.length && a.every((item, i) => item === b[i]);
}
