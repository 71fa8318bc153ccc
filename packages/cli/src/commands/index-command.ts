import * as path from 'node:path';
import { defaultFramework, EvaluationFrameworks, projectIndex, type Locale } from 'spbe-model';
import { renderIndex, type IndexFormat } from 'spbe-generators';
import { displayPath, loadWorkspace, writeFileAtomic } from 'spbe-server';
import { UsageError } from '../usage-error.js';

export interface IndexOptions {
    readonly framework?: string;
    readonly format: IndexFormat;
    readonly output?: string;
    readonly lang: Locale;
}

/** `spbe index`: the assessed index, its projection per roadmap year, contributions and plan notes. */
export async function indexCommand(dir: string, options: IndexOptions, out: (text: string) => void): Promise<number> {
    const workspace = await loadWorkspace(dir, { locale: options.lang });
    const model = workspace.model();
    const framework = options.framework ?? defaultFramework(model);
    if (!EvaluationFrameworks[framework]) {
        const known = Object.keys(EvaluationFrameworks);
        throw new UsageError(`kerangka ${framework} tidak dikenal; pilih ${known.join(', ')}`, `unknown framework ${framework}; choose ${known.join(', ')}`);
    }
    const text = renderIndex(projectIndex(model, framework), options.format, model.pemda?.title ?? path.basename(path.resolve(dir)), options.lang);
    if (options.output) {
        const file = path.resolve(options.output);
        await writeFileAtomic(path.basename(file), text, { root: path.dirname(file), overwrite: true });
        out(`${displayPath(file)}\n`);
    } else {
        out(text);
    }
    return workspace.diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}
