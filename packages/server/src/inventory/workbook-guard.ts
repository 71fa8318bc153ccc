import type JSZipType from 'jszip';
import { InventoryLimits, inventoryInputError } from './input-limits.js';
import type { Locale } from 'spbe-model';
import { expandedCellBudget, WorkbookRangeScanner } from './workbook-ranges.js';

/** The sizes JSZip reads from an entry's central-directory record (not in its typings). */
interface DeclaredSizes {
    readonly _data?: { readonly compressedSize?: number; readonly uncompressedSize?: number };
}

/**
 * Checks an .xlsx before exceljs inflates it into memory: the file size, the number of entries, the
 * sizes the zip declares, and then the bytes each entry really inflates to (a zip may lie about its
 * sizes), streamed and counted so that a zip bomb is stopped at the limit, not after it. Every part
 * is scanned in the same stream for the ranges exceljs expands into one object per cell or column
 * (inventory/workbook-ranges), on every sheet, read or not.
 *
 * @param file name for messages; `bytes` the whole file.
 * @throws InventoryInputError naming the file and the limit; nothing is kept in memory beyond one chunk.
 */
export async function checkWorkbookBounds(file: string, bytes: Uint8Array, locale: Locale): Promise<void> {
    if (bytes.length > InventoryLimits.fileBytes) {
        throw inventoryInputError(file, 'file-size', { actual: bytes.length }, locale);
    }
    const JSZip = ((await import('jszip')) as unknown as { default: typeof JSZipType }).default;
    let zip: JSZipType;
    try {
        zip = await JSZip.loadAsync(bytes);
    } catch (error) {
        throw inventoryInputError(file, 'not-zip', { detail: (error as Error).message }, locale);
    }
    const entries = Object.values(zip.files).filter(e => !e.dir);
    if (entries.length > InventoryLimits.zipEntries) {
        throw inventoryInputError(file, 'zip-entries', { actual: entries.length }, locale);
    }
    let declared = 0;
    for (const entry of entries) {
        const sizes = (entry as unknown as DeclaredSizes)._data;
        // JSZip reads the 32-bit field as a signed number: sizes of 2 GB and more come out negative.
        declared += (sizes?.uncompressedSize ?? 0) >>> 0;
        if (declared > InventoryLimits.inflatedBytes) {
            throw inventoryInputError(file, 'inflated-size', {}, locale);
        }
    }
    let inflated = 0;
    const ranges = new WorkbookRangeScanner();
    for (const entry of entries) {
        // Every part is scanned, not only xl/worksheets/*.xml and xl/workbook.xml: exceljs recognizes
        // those by loose patterns (a leading `/` dropped, `xl/worksheets/sheetN.xml` anywhere in the
        // name). The four tags looked for do not occur in other parts (drawings write `xdr:col`).
        const decoder = new TextDecoder('utf-8');
        ranges.begin(entry.name);
        const compressed = Math.max(1, ((entry as unknown as DeclaredSizes)._data?.compressedSize ?? 1) >>> 0);
        let size = 0;
        await new Promise<void>((resolve, reject) => {
            const stream = entry.nodeStream('nodebuffer');
            const stop = (error: Error) => {
                // Stop inflating now: the rest of a bomb is never produced.
                stream.pause();
                stream.removeAllListeners('data');
                reject(error);
            };
            stream.on('data', (chunk: Uint8Array) => {
                size += chunk.length;
                inflated += chunk.length;
                if (inflated > InventoryLimits.inflatedBytes) {
                    stop(inventoryInputError(file, 'inflated-size', {}, locale));
                } else if (size > 1024 * 1024 && size / compressed > InventoryLimits.compressionRatio) {
                    stop(inventoryInputError(file, 'compression-ratio', { detail: entry.name }, locale));
                } else {
                    const violation = ranges.feed(decoder.decode(chunk, { stream: true }));
                    if (violation) {
                        stop(violation.reason === 'budget'
                            ? inventoryInputError(file, 'range-cells', { actual: expandedCellBudget, detail: violation.element, sheet: violation.part }, locale)
                            : inventoryInputError(file, 'range-grid', { detail: violation.element, sheet: violation.part }, locale));
                    }
                }
            });
            stream.on('error', (error: Error) => stop(inventoryInputError(file, 'not-zip', { detail: `${entry.name}: ${error.message}` }, locale)));
            stream.on('end', () => resolve());
        });
    }
}
