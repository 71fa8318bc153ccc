import { isOperationCancelled, stream, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type Stream } from 'langium';
import type { SpbeServices } from '../spbe-module.js';
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
    private readonly spbe: SpbeServices;

    constructor(services: SpbeServices) {
        super(services);
        this.spbe = services;
    }

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
