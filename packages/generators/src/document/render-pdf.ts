import type { DocumentBlock, DocumentChapter, DocumentFonts, DocumentImages, DocumentRow, SubmittableDocument } from './document-model.js';
import { columnWidths, type TextMeasure } from './column-widths.js';
import { pdfFontMetrics } from './font-measure.js';
import { replaceMissingGlyphs } from './missing-glyphs.js';
import { fitImage, imageStrips, PageGeometry } from './page-geometry.js';

/**
 * The submittable document as PDF with pdfmake (pure JavaScript, no browser, no network) and the
 * DejaVu Sans the caller passes in as bytes: one page layout per chapter (landscape for the wide
 * tables), repeated table header rows, rows kept whole where they fit on a page, a table of contents, page numbers, and the
 * example banner on every page. A character the font lacks is drawn as U+FFFD and reported to `onMissingGlyphs`.
 */
export async function renderPdf(written: SubmittableDocument, images: DocumentImages, fonts: DocumentFonts, onMissingGlyphs?: (characters: readonly string[]) => void): Promise<Uint8Array> {
    // Loaded here, not at module level: pdfmake with pdfkit and fontkit is ~4 MB of code that every
    // other command (validate, the language server) would otherwise compile and run at start-up.
    const { default: printerModule } = await import('pdfmake/js/Printer.js');
    const PdfPrinter = 'default' in printerModule ? printerModule.default : printerModule;
    const { measure, hasGlyph, faceNames: [regularFace, boldFace] } = await pdfFontMetrics(fonts);
    // The fonts' file names are their PostScript names: pdfkit caches an opened font under that name too, so the
    // diagrams' text (svg-to-pdfkit asks pdfkit for the font by file name) finds the faces the text already opened.
    const files = new Map<string, Uint8Array>([[regularFace, fonts.normal], [boldFace, fonts.bold]]);
    const printer = new PdfPrinter(
        { DejaVuSans: { normal: regularFace, bold: boldFace, italics: regularFace, bolditalics: boldFace } },
        { existsSync: name => files.has(name), readFileSync: name => files.get(name)! },
        // Nothing is fetched: fonts come from `files`, images are inline data.
        { resolve: () => undefined, resolved: async () => undefined }
    );
    const margin = PageGeometry.margin / 20;
    const { document, missing } = replaceMissingGlyphs(written, hasGlyph);
    if (missing.length > 0) {
        onMissingGlyphs?.(missing);
    }
    // The chapters first: laying them out collects the table of contents' entries, which goes before them.
    const contents: ContentsEntry[] = [];
    const chapters = document.chapters.flatMap((chapter, i) => [
        ...chapterContent(chapter, images, document.contentsDepth, measure, contents),
        ...(i === document.chapters.length - 1 ? [signature(document)] : [])
    ]);
    const pdf = await printer.createPdfKitDocument({
        info: { title: document.title, creator: 'SPBE Tools', producer: 'SPBE Tools' },
        pageSize: 'A4',
        pageMargins: [margin, margin, margin, margin],
        defaultStyle: { font: 'DejaVuSans', fontSize: 10 },
        styles: {
            h1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
            h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 6] },
            h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
            th: { bold: true, alignment: 'center', fillColor: '#D9D9D9' }
        },
        header: () => document.banner
            ? { text: document.banner, alignment: 'center', bold: true, color: '#C00000', fontSize: 10, margin: [0, margin / 2, 0, 0] }
            : null,
        footer: (currentPage: number) => ({ text: String(currentPage), alignment: 'center', fontSize: 9, margin: [0, margin / 3, 0, 0] }),
        content: [...frontMatter(document), contentsTable(document.contentsTitle, contents), ...chapters]
    });
    return await new Promise<Uint8Array>((resolve, reject) => {
        const chunks: Uint8Array[] = [];
        pdf.on('data', chunk => chunks.push(chunk));
        pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
        pdf.on('error', reject);
        pdf.end();
    });
}

function frontMatter(document: SubmittableDocument): object[] {
    const half = PageGeometry.textWidth(false) / 40;
    return [
        ...document.firstPageNotices.map(text => ({
            table: { widths: ['*'], body: [[{ text, bold: true, color: '#C00000', margin: [4, 4, 4, 4] }]] },
            layout: { hLineColor: () => '#C00000', vLineColor: () => '#C00000' },
            margin: [0, 0, 0, 10]
        })),
        { stack: document.lampiran.map(text => ({ text: justifiedText(text), fontSize: 9.5 })), margin: [half, 0, 0, 0] },
        { stack: document.cover.map((text, i) => ({ text, bold: true, fontSize: i === 0 ? 18 : 14, alignment: 'center', margin: [0, 0, 0, 12] })), margin: [0, 120, 0, 0] }
    ];
}

/** A line of the table of contents: the heading's text, its level, and the id of the node whose page it names. */
interface ContentsEntry {
    readonly text: string;
    readonly level: 1 | 2;
    readonly id: string;
}

/**
 * The table of contents, each entry linked to its heading and naming the page of the node `id` marks
 * (`pageReference`). Not pdfmake's own `toc`: that names the page of the heading's node, which pdfmake
 * sets again each time it repeats a table's header row, so a section whose table ran on listed the
 * table's last page. A heading over a table marks the table's first row instead (`table`), never repeated.
 */
function contentsTable(title: string, entries: readonly ContentsEntry[]): object {
    return {
        stack: [
            { text: title.toUpperCase(), style: 'h1' },
            {
                table: {
                    widths: ['*', 'auto'],
                    dontBreakRows: true,
                    body: entries.map(entry => [
                        { text: entry.text, linkToDestination: entry.id, margin: [entry.level === 2 ? 16 : 0, 1, 0, 1] },
                        { pageReference: entry.id, linkToDestination: entry.id, alignment: 'right', margin: [8, 1, 0, 1] }
                    ])
                },
                layout: 'noBorders'
            }
        ],
        pageBreak: 'before'
    };
}

function chapterContent(chapter: DocumentChapter, images: DocumentImages, depth: 1 | 2, measure: TextMeasure, contents: ContentsEntry[]): object[] {
    const anchor = (text: string, level: 1 | 2): string => {
        const id = `bagian-${contents.length + 1}`;
        contents.push({ text, level, id });
        return id;
    };
    const title = `${chapter.number} ${chapter.title}`.toUpperCase();
    const content: object[] = [{
        text: title,
        style: 'h1',
        id: anchor(title, 1),
        pageBreak: 'before',
        pageOrientation: chapter.landscape ? 'landscape' : 'portrait'
    }];
    // Headings wait for the block they introduce, so that no heading ever ends a page (see `withHeadings`).
    let headings: Array<Extract<DocumentBlock, { kind: 'heading' }>> = [];
    for (const block of chapter.blocks) {
        if (block.kind === 'heading') {
            headings.push(block);
            continue;
        }
        const captions = headings.map(h => headingContent(h, depth, anchor));
        headings = [];
        content.push(...(block.kind === 'table'
            ? [table(block, chapter.landscape, measure, captions)]
            : withHeadings(captions, blockContent(block, chapter.landscape, images), chapter.landscape)));
    }
    content.push(...headings.map(h => headingContent(h, depth, anchor)));
    // The next chapter starts on a new page anyway: a last table's bottom margin that does not fit would
    // make pdfmake open a page of its own first, left blank.
    const last = content.at(-1) as { table?: unknown; margin?: number[] } | undefined;
    if (last?.table !== undefined) {
        last.margin = [0, 0, 0, 0];
    }
    return content;
}

/** A heading's node; a section heading listed in the contents (`depth` 2) carries the `id` its entry names the page of. */
function headingContent(block: Extract<DocumentBlock, { kind: 'heading' }>, depth: 1 | 2, anchor: (text: string, level: 1 | 2) => string): Caption {
    return block.level === 2
        ? { text: block.text, style: 'h2', ...(depth === 2 ? { id: anchor(block.text, 2) } : {}) }
        : { text: block.text, style: 'h3' };
}

/** A heading over a block: its text and style, and the `id` its contents entry names the page of. */
interface Caption {
    readonly text: string;
    readonly style: string;
    readonly id?: string;
}

/**
 * `headings` kept on one page with the start of what they introduce: one unbreakable stack of the
 * headings and the block's first node (a list's first item, a paragraph, an image with its caption),
 * the rest after it. pdfmake's `pageBreakBefore` hook would do the same for any node, but it compares
 * every node with every other (it cost more than half of a 2,000-item roadmap's layout time). A start
 * that may not fit on half a page (a hostile title's paragraph) is left free: pdfmake cannot place an
 * unbreakable block taller than a page.
 */
function withHeadings(headings: readonly object[], content: readonly object[], landscape: boolean): object[] {
    if (headings.length === 0 || content.length === 0) {
        return [...headings, ...content];
    }
    const [first, ...rest] = content as Array<Record<string, unknown>>;
    const [lead, tail] = Array.isArray(first.ol) && first.ol.length > 1
        ? [{ ...first, ol: first.ol.slice(0, 1), margin: [12, 0, 0, 0] }, [{ ...first, ol: first.ol.slice(1), start: 2 }]]
        : first.image !== undefined && rest.length > 0 ? [{ stack: [first, rest[0]] }, rest.slice(1)] : [first, rest];
    const small = first.image !== undefined || estimatedLines(lead) * 10 * 1.3 < PageGeometry.textHeight(landscape) / 20 / 2;
    return small ? [{ stack: [...headings, lead], unbreakable: true }, ...tail] : [...headings, ...content];
}

/** Lines a text or list node takes at most, counting a line per 40 characters (a narrow estimate: it errs high). */
function estimatedLines(node: object): number {
    const texts = JSON.stringify(node).length;
    return Math.ceil(texts / 40);
}

function blockContent(block: Exclude<DocumentBlock, { kind: 'heading' | 'table' }>, landscape: boolean, images: DocumentImages): object[] {
    switch (block.kind) {
        case 'paragraph':
            return [{ text: justifiedText(block.text), alignment: 'justify', margin: [0, 0, 0, 6] }];
        case 'list':
            return [{ ol: [...block.items], margin: [12, 0, 0, 6] }];
        case 'image':
            return imageStrips(images, block).flatMap(({ image, caption: text }): object[] => {
                const caption = { text, italics: true, alignment: 'center', fontSize: 9, margin: [0, 4, 0, 12] };
                if (!image || (image.svg === undefined && image.png === undefined)) {
                    return [{ text: block.missing, alignment: 'center', color: '#C00000' }, caption];
                }
                const size = fitImage(image, landscape, 'pt');
                // Vector when there is an SVG (svg-to-pdfkit, in pdfmake; its text in the document's DejaVu Sans):
                // no rasterizing, no PNG to decode and re-encode, and sharp print.
                return [image.svg !== undefined
                    ? { svg: image.svg, ...size, alignment: 'center', options: { warningCallback: svgWarning } }
                    : { image: `data:image/png;base64,${Buffer.from(image.png!).toString('base64')}`, ...size, alignment: 'center' }, caption];
            });
    }
}

/**
 * svg-to-pdfkit's warnings: one about a font it could not open is an error (the diagram's text would come out in
 * Helvetica, without most of Indonesian and all of the non-Latin scripts); the others (an SVG feature it skips) are not.
 */
function svgWarning(message: string): void {
    if (message.includes('failed to open font')) {
        throw new Error(`PDF diagram: ${message}`);
    }
}

/**
 * A number range ("2025–2029", "1–3") with the punctuation around it: the line breaker may break after its
 * dash, and justifying stretches the gap between any two inlines (so the comma after it joins it).
 */
const range = /[^\s\u200B]*\p{N}+[–-]\p{N}+[^\s\u200B]*/gu;

/**
 * A paragraph's text as pdfmake inlines: each number range one unbreakable inline (`noWrap`), so it
 * never splits over two lines nor opens a justified gap after its dash ("2025– 2029"). Also the
 * lampiran header's lines, whose "TAHUN 2026–2030" would otherwise break after the dash.
 */
function justifiedText(text: string): string | Array<string | object> {
    const inlines: Array<string | object> = [];
    let at = 0;
    for (const match of text.matchAll(range)) {
        inlines.push(text.slice(at, match.index), { text: match[0], noWrap: true });
        at = match.index + match[0].length;
    }
    return inlines.length === 0 ? text : [...inlines, text.slice(at)].filter(inline => inline !== '');
}

/**
 * A table whose header rows repeat on every page and whose rows split only when one could outgrow a page; `captions` (the headings
 * right above it) are borderless first header rows, so a heading is kept with the first data row and repeated over each continuation.
 */
function table(block: Extract<DocumentBlock, { kind: 'table' }>, landscape: boolean, measure: TextMeasure, captions: readonly Caption[] = []): object {
    const fontSize = landscape ? 7.5 : 9;
    // The text width in points less pdfmake's 2 × 4 pt cell padding and the rule of each column.
    const widths = columnWidths(block, PageGeometry.textWidth(landscape) / 20 - 9 * block.columns.length, fontSize, measure).map(w => Math.max(8, w));
    // Kept whole only when every row surely fits on a page: pdfmake drops, without a word, a row it must
    // keep whole (or keep with the header rows) that is taller than a page.
    const headerHeight = rowHeight(block.columns.map(c => c.header), widths, fontSize, true, measure)
        + captions.reduce((sum, c) => sum + textHeight(c.text, PageGeometry.textWidth(landscape) / 20, c.style === 'h2' ? 12 : 10.5, true, measure) + 14, 0);
    const room = PageGeometry.textHeight(landscape) / 20 - headerHeight;
    const keepWhole = block.rows.every(row => rowHeight(row.cells.map(c => c.text), widths, fontSize, row.total === true, measure) <= room);
    // The contents entries of the headings above name the page of the first row's first cell: the caption rows are
    // header rows, repeated on every page the table runs on, and pdfmake gives a repeated node the page of its last copy.
    // (Two listed headings right above one table, an empty section first, keep the earlier one's id on its caption.)
    const moved = block.rows.length > 0 ? captions.findLast(caption => caption.id !== undefined) : undefined;
    const rows = block.rows.map((row, r) => {
        const cells = rowCells(row);
        return r === 0 && moved ? [{ ...(typeof cells[0] === 'string' ? { text: cells[0] } : cells[0]), id: moved.id }, ...cells.slice(1)] : cells;
    });
    return {
        table: {
            headerRows: captions.length + 1,
            keepWithHeaderRows: keepWhole ? 1 : 0,
            dontBreakRows: keepWhole,
            widths,
            body: [
                ...captions.map(caption => block.columns.map((_, i) => i === 0
                    ? { ...withoutId(caption, caption === moved), colSpan: block.columns.length, border: [false, false, false, false], margin: caption.style === 'h2' ? [-4, 10, 0, 4] : [-4, 4, 0, 2] }
                    : { text: '', border: [false, false, false, false] })),
                block.columns.map(c => ({ text: c.header, style: 'th' })),
                ...rows
            ]
        },
        // No rule above or between caption rows (pdfmake draws a row's top line from the spanned cells too).
        layout: captions.length > 0 ? { hLineWidth: (line: number) => line < captions.length ? 0 : 1 } : undefined,
        fontSize,
        margin: [0, 0, 0, 10]
    };
}

/** A caption as a header-row cell: without its `id` when the table's first row carries it (see `table`). */
function withoutId(caption: Caption, moved: boolean): object {
    const { id, ...cell } = caption;
    return moved || id === undefined ? cell : { ...cell, id };
}

/**
 * A row's height in points by an estimate that errs high: each cell's lines wrapped word by word at its
 * column's width (a word wider than the column takes as many lines as it needs), a line 1.3 × the font size
 * (DejaVu Sans' own is 1.16 ×), and the cell's padding. Erring high only lets a row split where it would have
 * fitted; erring low would let pdfmake drop, without a word, a kept-whole row taller than the page.
 */
function rowHeight(texts: readonly string[], widths: readonly number[], fontSize: number, bold: boolean, measure: TextMeasure): number {
    return Math.max(0, ...texts.map((text, i) => textHeight(text, widths[i] ?? 8, fontSize, bold, measure))) + 8;
}

/** The height of `text` wrapped at `width` points (see `rowHeight`). */
function textHeight(text: string, width: number, fontSize: number, bold: boolean, measure: TextMeasure): number {
    const space = measure(' ', bold, fontSize);
    let lines = 0;
    for (const line of text.split('\n')) {
        let used = 0;
        lines++;
        for (const word of line.split(/[\s\u200B]+/).filter(w => w !== '')) {
            const w = measure(word, bold, fontSize);
            if (w > width) {
                lines += Math.ceil(w / width);
                used = 0;
            } else if (used > 0 && used + space + w > width) {
                lines++;
                used = w;
            } else {
                used += (used > 0 ? space : 0) + w;
            }
        }
    }
    return lines * fontSize * 1.3;
}

/** A plain cell is a bare string: pdfmake resolves styles per node, and a 2,000-row roadmap has tens of thousands of cells. */
function rowCells(row: DocumentRow): Array<string | object> {
    return row.cells.map(cell => cell.numeric || row.total ? { text: cell.text, alignment: cell.numeric ? 'right' : 'left', bold: row.total === true } : cell.text);
}

function signature(document: SubmittableDocument): object {
    const s = document.signature;
    return {
        unbreakable: true,
        margin: [PageGeometry.textWidth(false) / 40, 24, 0, 0],
        stack: [{ text: s.place }, { text: s.date }, { text: s.office, margin: [0, 12, 0, 0] }, { text: s.name, bold: true, margin: [0, 60, 0, 0] }]
    };
}
