/** A problem with how the command was called or with its input folder: printed plainly, exit code 2. */
export class UsageError extends Error { }
