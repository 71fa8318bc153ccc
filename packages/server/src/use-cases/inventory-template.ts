import * as path from 'node:path';
import { InventorySheets, inventoryTemplate } from 'spbe-generators';
import type { ElementKind } from 'spbe-model';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { localized } from '../workspace/user-error.js';
import { InvalidParameterError } from './request-checks.js';

/**
 * Writes the blank inventory workbook to `output` (an `.xlsx` path, replaced atomically) and returns
 * its absolute path. `domains`: `probis,data` (CLI) or an array; absent: every domain.
 * Throws `InvalidParameterError` for an unknown domain or a name not ending in `.xlsx`.
 */
export async function writeInventoryTemplate(params: { readonly domains?: unknown; readonly output: unknown }): Promise<string> {
    const kinds = InventorySheets.map(s => s.kind) as string[];
    const list = typeof params.domains === 'string' ? params.domains.split(',').map(d => d.trim()).filter(Boolean)
        : Array.isArray(params.domains) ? params.domains : params.domains === undefined ? undefined : [params.domains];
    const unknown = list?.filter(d => typeof d !== 'string' || !kinds.includes(d)) ?? [];
    if (unknown.length > 0) {
        throw new InvalidParameterError(localized(`domain ${unknown.join(', ')} tidak dikenal; pilih dari ${kinds.join(', ')}`, `unknown domain ${unknown.join(', ')}; choose from ${kinds.join(', ')}`));
    }
    if (typeof params.output !== 'string' || !params.output.toLowerCase().endsWith('.xlsx')) {
        throw new InvalidParameterError(localized(`${String(params.output)}: templat adalah buku kerja .xlsx; beri nama berakhiran .xlsx`, `${String(params.output)}: the template is an .xlsx workbook; give a name ending in .xlsx`));
    }
    const file = path.resolve(params.output);
    await writeFileAtomic(path.basename(file), await inventoryTemplate(list as ElementKind[] | undefined), { root: path.dirname(file), overwrite: true });
    return file;
}
