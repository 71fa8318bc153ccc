import type { DocumentImage } from './document-model.js';

/**
 * The page both renderers lay out on: A4 with 2 cm margins. Sizes are in twips (1/20 pt, Word's
 * unit); the PDF renderer divides by 20 for points.
 */
export const PageGeometry = {
    a4Width: 11906,
    a4Height: 16838,
    margin: 1134,
    /** The width between the margins, portrait or landscape. */
    textWidth(landscape: boolean): number {
        return (landscape ? this.a4Height : this.a4Width) - 2 * this.margin;
    },
    textHeight(landscape: boolean): number {
        return (landscape ? this.a4Width : this.a4Height) - 2 * this.margin;
    }
};

/** Room kept below a diagram on its page: the caption, the header banner and the chapter heading. */
const reservedHeight = 2400;

/** The tallest diagram (height ÷ width) a page holds at full text width, caption room kept. */
export function pageAspect(landscape: boolean): number {
    return (PageGeometry.textHeight(landscape) - reservedHeight) / PageGeometry.textWidth(landscape);
}

/**
 * A diagram's size on the page, keeping its aspect ratio: as wide as the text when it fits, never
 * taller than the page minus the caption. `unit` `px` (96 dpi, docx) or `pt` (PDF).
 */
export function fitImage(image: DocumentImage, landscape: boolean, unit: 'px' | 'pt' = 'px'): { width: number; height: number } {
    const maxWidth = PageGeometry.textWidth(landscape);
    const maxHeight = PageGeometry.textHeight(landscape) - reservedHeight;
    // At most 10 twips a pixel: the renderer draws at 1.5× zoom, so a small diagram keeps its natural size.
    const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 10);
    const perUnit = unit === 'px' ? 15 : 20;
    return { width: Math.max(1, Math.floor(image.width * scale / perUnit)), height: Math.max(1, Math.floor(image.height * scale / perUnit)) };
}

/** The pixel size a PNG's IHDR chunk declares (bytes 16–23, big-endian); throws on bytes that are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (png.length < 24 || signature.some((b, i) => png[i] !== b)) {
        throw new Error('not a PNG image');
    }
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The images an image block draws, each with its caption: `key` itself, then — for a block with a
 * `continuedCaption` — its strips `key-2`, `key-3`… while `images` has them (see `svgSlices`).
 */
export function imageStrips<T>(images: Partial<Record<string, T>>, block: { image: string; caption: string; continuedCaption?: string }): Array<{ image: T | undefined; caption: string }> {
    const strips = [{ image: images[block.image], caption: block.caption }];
    for (let i = 2; block.continuedCaption !== undefined && images[`${block.image}-${i}`] !== undefined; i++) {
        strips.push({ image: images[`${block.image}-${i}`], caption: block.continuedCaption });
    }
    return strips;
}
