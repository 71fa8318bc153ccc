import { localized, UserError } from 'spbe-server';

/** A problem with how the command was called or with its input folder: printed plainly in the user's language, exit code 2. */
export class UsageError extends UserError {
    constructor(id: string, en?: string) {
        super(en === undefined ? id : localized(id, en));
    }
}
