import type { Command } from 'commander';

/** What every command's action needs: the CLI's version, where to print (stdout, stderr). */
export interface CommandContext {
    readonly version: string;
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
}

/**
 * One `spbe` command, in two halves so that `spbe --version`, `--help` and a usage error load none of
 * the commands' code: `define` (arguments, options, descriptions; light code only, it runs on every
 * start) and `run` (called when the command is chosen; it `import()`s the command's code there, so
 * the bundle keeps that code in a chunk of its own that only this command loads).
 */
export interface CommandDefinition {
    /** `['validate']`, or a group and a subcommand: `['generate', 'roadmap']` (the group is in `CommandGroups`). */
    readonly path: readonly [string] | readonly [string, string];
    /** Adds the description, arguments and options to the command commander made for `path`. */
    readonly define: (command: Command) => Command;
    /** Loads and runs the command with commander's action arguments (the arguments, then the options); resolves to the exit code. */
    readonly run: (context: CommandContext, ...args: never[]) => Promise<number>;
}

/** Keeps the types of `run`'s arguments (checked against what `define` declares only by hand). */
export function defineCommand<A extends unknown[]>(definition: {
    readonly path: readonly [string] | readonly [string, string];
    readonly define: (command: Command) => Command;
    readonly run: (context: CommandContext, ...args: A) => Promise<number>;
}): CommandDefinition {
    return definition as unknown as CommandDefinition;
}
