import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { CommandContext } from './command-definition.js';
import { CommandGroups, Commands } from './command-list.js';
import { closedPipeGuard } from './closed-pipe.js';
import { localizeCommanderMessage } from './commander-messages.js';
import { exitCodeFor, messageLocale, outputFailureLine } from './error-exit.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf-8')) as { version: string }).version;

/**
 * Runs the CLI and returns the exit code: 0 ok, 1 findings, 2 usage or input problems, 3 internal
 * failures. Only the chosen command's code is loaded (see CommandDefinition).
 */
export async function main(argv: string[]): Promise<number> {
    const stdout = closedPipeGuard(process.stdout);
    closedPipeGuard(process.stderr); // only absorbs EPIPE on stderr (`2>&1 | head`)
    const context: CommandContext = { version, out: text => { stdout.write(text); }, err: text => { process.stderr.write(text); } };
    let exitCode = 0;
    const program = createProgram(argv);
    const groups = new Map<string, Command>();
    for (const definition of Commands) {
        const [first, second] = definition.path;
        let parent = program;
        if (second !== undefined) {
            parent = groups.get(first) ?? program.command(first).description(CommandGroups[first] ?? '');
            groups.set(first, parent);
        }
        definition.define(parent.command(second ?? first)).action(async (...args: unknown[]) => {
            // commander passes the arguments, the options, then the command itself.
            exitCode = await definition.run(context, ...args.slice(0, -1) as never[]);
        });
    }
    try {
        await program.parseAsync(argv);
        await stdout.flushed();
        if (stdout.failure) {
            process.stderr.write(outputFailureLine(stdout.failure.code ?? 'EIO', messageLocale(argv)));
            return 2;
        }
        return exitCode;
    } catch (error) {
        return exitCodeFor(error, messageLocale(argv));
    }
}

/** The `spbe` program: its name, version, and commander's own messages in the user's language. */
function createProgram(argv: readonly string[]): Command {
    return new Command()
        .name('spbe')
        .description('Checks and generates Arsitektur SPBE and Peta Rencana SPBE from .spbe workspaces.')
        .version(version)
        .exitOverride()
        .configureOutput({
            writeErr: text => process.stderr.write(text),
            outputError: (text, write) => write(localizeCommanderMessage(text, messageLocale(argv)))
        });
}
