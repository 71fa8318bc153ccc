import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

/** The font files PNG export and PDF documents use: DejaVu Sans, regular then bold. */
const FontNames = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/**
 * DejaVu Sans as the bundle carries it (`dist/fonts/`, copied by esbuild.mjs), so that an installed
 * CLI (the spbe-tools tarball, which has no node_modules) finds it: absolute paths, regular then bold.
 * Inlined by esbuild, this module lands in `dist/commands/` or `dist/chunks/`, one folder below
 * `dist/`; `./fonts/` covers a move into `dist/` itself. `undefined` when run from tsc's `out/` (no
 * bundle): spbe-server then finds the font in its own dependency, dejavu-fonts-ttf.
 */
export function cliFontFiles(): string[] | undefined {
    const dirs = ['../fonts/', './fonts/'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
    const dir = dirs.find(candidate => FontNames.every(name => existsSync(path.join(candidate, name))));
    return dir === undefined ? undefined : FontNames.map(name => path.join(dir, name));
}
