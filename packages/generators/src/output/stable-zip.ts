import type JSZipType from 'jszip';

/** 2000-01-01, the date every generated workbook carries (exceljs stamps zip entries with "now"). */
const fixedDate = new Date(Date.UTC(2000, 0, 1));

/**
 * Re-packs an XLSX (a zip) with fixed entry dates, so that the same input gives byte-identical
 * workbooks: reproducible outputs, meaningful diffs, and a cache key that works.
 */
export async function stableZip(bytes: Uint8Array): Promise<Uint8Array> {
    const JSZip = ((await import('jszip')) as unknown as { default: typeof JSZipType }).default;
    const source = await JSZip.loadAsync(bytes);
    const target = new JSZip();
    for (const entry of Object.values(source.files)) {
        if (!entry.dir) {
            target.file(entry.name, await entry.async('uint8array'), { date: fixedDate, createFolders: false });
        }
    }
    return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
