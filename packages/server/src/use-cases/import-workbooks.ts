import type { Locale } from 'spbe-model';
import { importInventory, opdCodesIn, readInventoryFiles, type ImportOutcome } from '../inventory/import-inventory.js';
import { localized } from '../workspace/user-error.js';
import { InvalidParameterError, checkFileList } from './request-checks.js';

/** The untrusted parameters of `spbe import` / `spbe/importInventory`. */
export interface ImportParams {
    /** A non-empty list of inventory files (one .xlsx, or per-sheet .csv files). */
    readonly files: unknown;
    /** The workspace folder (already resolved by the caller: the CLI's `-w`, the server's allowed folder). */
    readonly workspace: string;
    /** `'all'`, a list of OPD codes, or `INSPEKTORAT,DISKOMINFO` as on the command line. */
    readonly opds: unknown;
    /** `true`: every OPD named in the files (the CLI's `--all`); refused together with OPD codes in `opds`. */
    readonly all?: unknown;
    readonly output?: unknown;
    readonly force?: unknown;
    readonly partial?: unknown;
    readonly dryRun?: unknown;
}

/**
 * Imports OPDs' inventories into formatted `.spbe` files (`importInventory`), after checking every
 * parameter once: the file list, the OPD selection (absent, or both `all` and OPD codes →
 * `InvalidParameterError`), the output path and the flags (booleans when given).
 */
export async function importWorkbooks(params: ImportParams, locale: Locale): Promise<ImportOutcome> {
    const files = checkFileList(params.files);
    if (params.all !== undefined && typeof params.all !== 'boolean') {
        throw new InvalidParameterError(localized(`all harus true atau false, bukan ${JSON.stringify(params.all)}`, `all must be true or false, not ${JSON.stringify(params.all)}`));
    }
    // Which of the two the user meant cannot be guessed: importing every OPD when one was named
    // would write files the user did not ask for.
    if (params.all === true && params.opds !== undefined && params.opds !== 'all') {
        throw new InvalidParameterError(localized(`--opd ${String(params.opds)} dan --all tidak dapat dipakai bersamaan; pilih salah satu`,
            `--opd ${String(params.opds)} and --all cannot be used together; choose one`));
    }
    const opds = params.opds === 'all' || params.all === true ? 'all'
        : typeof params.opds === 'string' ? params.opds.split(',').map(o => o.trim()).filter(Boolean)
            : params.opds;
    if (opds !== 'all' && (!Array.isArray(opds) || opds.length === 0 || opds.some(o => typeof o !== 'string'))) {
        throw new InvalidParameterError(localized('sebutkan OPD yang diimpor: --opd KODE (atau --all untuk setiap OPD dalam berkas)', 'name the OPD to import: --opd KODE (or --all for every OPD in the files)'));
    }
    if (params.output !== undefined && typeof params.output !== 'string') {
        throw new InvalidParameterError(localized(`output harus berupa path berkas .spbe, bukan ${JSON.stringify(params.output)}`, `output must be a .spbe file path, not ${JSON.stringify(params.output)}`));
    }
    for (const [name, flag] of [['force', params.force], ['partial', params.partial], ['dryRun', params.dryRun]] as const) {
        if (flag !== undefined && typeof flag !== 'boolean') {
            throw new InvalidParameterError(localized(`${name} harus true atau false, bukan ${JSON.stringify(flag)}`, `${name} must be true or false, not ${JSON.stringify(flag)}`));
        }
    }
    return importInventory({
        files, workspace: params.workspace, opds: opds as readonly string[] | 'all', output: params.output,
        force: params.force as boolean | undefined, partial: params.partial as boolean | undefined, dryRun: params.dryRun as boolean | undefined, locale
    });
}

/** The OPD codes named in inventory files (for the extension's OPD prompt); the same file-list check as the import. */
export async function inventoryOpds(files: unknown, locale: Locale): Promise<string[]> {
    return opdCodesIn(await readInventoryFiles(checkFileList(files), locale));
}
