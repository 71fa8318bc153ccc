import type { DocumentImage, SubmittableDocument } from './document-model.js';
import { fitImage } from './page-geometry.js';

/**
 * The width in inches diagram `key` prints at in `document` when laid out at `size` (pixels, as in
 * `DocumentImage`): `fitImage` on the page of the chapter that shows it (a strip `layered-2` on its block's
 * `layered`). Lets the caller rasterize for the paper rather than at a flat zoom. `undefined` when no image
 * block of the document shows `key`.
 */
export function printedWidthInches(document: SubmittableDocument, key: string, size: Pick<DocumentImage, 'width' | 'height'>): number | undefined {
    const base = key.replace(/-\d+$/, '');
    for (const chapter of document.chapters) {
        const shown = chapter.blocks.some(block => block.kind === 'image' && (block.image === key || block.image === base));
        if (shown) {
            // fitImage's pixels are CSS pixels, 96 to the inch.
            return fitImage(size, chapter.landscape).width / 96;
        }
    }
    return undefined;
}
