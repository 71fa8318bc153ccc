// The parameter error and the one check validate needs, apart from request-checks.ts, which imports
// spbe-generators: `spbe-server/validate` must not reach the generators (see validate-only.ts).
import { localized, UserError } from '../workspace/user-error.js';

/** A parameter of a command or server request that is not valid; nothing was generated or written. */
export class InvalidParameterError extends UserError { }

/** An optional whole number ≥ 0 (`--max-warnings`). Throws `InvalidParameterError`. */
export function checkCount(name: string, value: unknown): number | undefined {
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
        throw new InvalidParameterError(localized(`${name} harus bilangan bulat ≥ 0, bukan ${JSON.stringify(value)}`, `${name} must be a whole number ≥ 0, not ${JSON.stringify(value)}`));
    }
    return value as number | undefined;
}
