import { columnWidths, type TextMeasure } from './column-widths.js';
import {
    AlignmentType, BorderStyle, Bookmark, Document, InternalHyperlink, LeaderType, PageReference, Tab, TabStopType, Footer, Header, HeadingLevel, ImageRun, LineRuleType, Packer, PageBreak, PageNumber, PageOrientation,
    Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions
} from 'docx';
import type { DocumentBlock, DocumentChapter, DocumentImages, DocumentRow, SubmittableDocument } from './document-model.js';
import { fitImage, imageStrips, PageGeometry } from './page-geometry.js';

/**
 * The submittable document as DOCX (the `docx` library): heading styles that feed Word's table of
 * contents, page numbers in the footer, one section per chapter so wide chapters are landscape,
 * table header rows repeated on every page and rows that never split, diagrams as embedded PNG.
 * Arial: the font every office suite has or substitutes metrically (LibreOffice: Liberation Sans).
 */
export async function renderDocx(document: SubmittableDocument, images: DocumentImages, measure?: TextMeasure): Promise<Uint8Array> {
    const contents = contentsEntries(document);
    const sections: ISectionOptions[] = [
        section(document, false, [...frontMatter(document, contents)]),
        ...document.chapters.map((chapter, i) => section(document, chapter.landscape, [
            ...chapterContent(chapter, i, images, document.contentsDepth, measure),
            ...(i === document.chapters.length - 1 ? signature(document) : [])
        ]))
    ];
    const doc = new Document({
        title: document.title,
        creator: 'SPBE Tools',
        features: { updateFields: true },
        styles: {
            default: {
                document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
                heading1: { run: { font: 'Arial', size: 28, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 }, keepNext: true } },
                heading2: { run: { font: 'Arial', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
                heading3: { run: { font: 'Arial', size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } }
            },
            paragraphStyles: cellStyles
        },
        sections
    });
    return new Uint8Array(await Packer.toBuffer(doc));
}

/** A4 with 2 cm margins, in twips; the banner in the header and the page number in the footer of every page. */
function section(document: SubmittableDocument, landscape: boolean, children: ISectionOptions['children']): ISectionOptions {
    return {
        properties: {
            page: {
                size: { width: PageGeometry.a4Width, height: PageGeometry.a4Height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                margin: { top: PageGeometry.margin, bottom: PageGeometry.margin, left: PageGeometry.margin, right: PageGeometry.margin }
            }
        },
        headers: {
            default: new Header({
                children: document.banner
                    ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.banner, bold: true, color: 'C00000', size: 20 })] })]
                    : []
            })
        },
        footers: {
            default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] })
        },
        children
    };
}

/** One line of the table of contents: a chapter (level 1) or a section (level 2), and the bookmark on its heading. */
interface ContentsEntry {
    readonly level: 1 | 2;
    readonly text: string;
    readonly bookmark: string;
}

/** The bookmark on the heading of chapter `chapter`, section `section` (undefined: the chapter's own title). */
function headingBookmark(chapter: number, section?: number): string {
    return section === undefined ? `spbe_bab_${chapter + 1}` : `spbe_bab_${chapter + 1}_${section + 1}`;
}

function contentsEntries(document: SubmittableDocument): ContentsEntry[] {
    return document.chapters.flatMap((chapter, c) => [
        { level: 1 as const, text: chapterTitle(chapter), bookmark: headingBookmark(c) },
        ...(document.contentsDepth === 2
            ? chapter.blocks.filter(b => b.kind === 'heading' && b.level === 2).map((b, s) => ({ level: 2 as const, text: (b as { text: string }).text, bookmark: headingBookmark(c, s) }))
            : [])
    ]);
}

function chapterTitle(chapter: DocumentChapter): string {
    return `${chapter.number} ${chapter.title}`.toUpperCase();
}

/**
 * Page 1: the errors notice, the lampiran header (right half), the cover; then the table of contents.
 * The contents are plain entries, each a link to its heading's bookmark and a PAGEREF field for its page,
 * not Word's TOC field: LibreOffice shows a TOC field's entries as written (no page numbers until Word
 * fills them in), but computes every PAGEREF itself, and Word updates them on opening (`updateFields`).
 */
function frontMatter(document: SubmittableDocument, contents: readonly ContentsEntry[]): Paragraph[] {
    const halfWidth = Math.round(PageGeometry.textWidth(false) / 2);
    return [
        ...document.firstPageNotices.map(text => new Paragraph({
            border: { top: box, bottom: box, left: box, right: box },
            children: [new TextRun({ text, bold: true, color: 'C00000' })]
        })),
        ...document.lampiran.map(text => new Paragraph({ indent: { left: halfWidth }, spacing: { after: 0 }, children: [new TextRun({ text, size: 20 })] })),
        new Paragraph({ spacing: { before: 2400 }, children: [] }),
        ...document.cover.map((text, i) => new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text, bold: true, size: i === 0 ? 36 : 28 })]
        })),
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.contentsTitle.toUpperCase(), bold: true, size: 28 })] }),
        ...contents.map(entry => new Paragraph({
            indent: { left: entry.level === 1 ? 0 : 440 },
            spacing: { after: entry.level === 1 ? 80 : 40, before: entry.level === 1 ? 120 : 0 },
            tabStops: [{ type: TabStopType.RIGHT, position: PageGeometry.textWidth(false), leader: LeaderType.DOT }],
            children: [new InternalHyperlink({
                anchor: entry.bookmark,
                children: [new TextRun({ text: entry.text, bold: entry.level === 1 }), new TextRun({ children: [new Tab()] }), new PageReference(entry.bookmark)]
            })]
        }))
    ];
}

const box = { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 4 };

function chapterContent(chapter: DocumentChapter, index: number, images: DocumentImages, depth: 1 | 2, measure: TextMeasure | undefined): Array<Paragraph | Table> {
    let section = 0;
    return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: headingBookmark(index), children: [new TextRun(chapterTitle(chapter))] })] }),
        ...chapter.blocks.flatMap(block => block.kind === 'heading' && block.level === 2 && depth === 2
            ? [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new Bookmark({ id: headingBookmark(index, section++), children: [new TextRun(block.text)] })] })]
            : blockContent(block, chapter.landscape, images, measure))
    ];
}

function blockContent(block: DocumentBlock, landscape: boolean, images: DocumentImages, measure: TextMeasure | undefined): Array<Paragraph | Table> {
    switch (block.kind) {
        case 'heading':
            return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(block.text)] })];
        case 'paragraph':
            return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(block.text)] })];
        case 'list':
            return block.items.map((item, i) => new Paragraph({ indent: { left: 567, hanging: 425 }, children: [new TextRun(`${i + 1}.\t${item}`)] }));
        case 'table':
            return [table(block, landscape, measure), new Paragraph({ spacing: { after: 120 }, children: [] })];
        case 'image':
            return imageStrips(images, block).flatMap(({ image, caption: text }) => {
                const caption = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, italics: true, size: 20 })] });
                if (image?.png === undefined) {
                    return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.missing, color: 'C00000' })] }), caption];
                }
                const size = fitImage(image, landscape);
                return [
                    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: 'png', data: image.png, transformation: size })] }),
                    caption
                ];
            });
    }
}

/** Word's default cell margins, left and right, in twips (0.08 in each side). */
const cellMargins = 2 * 108;

/**
 * Landscape tables are many-columned: a smaller font there. With `measure`, the columns' widths are the PDF's
 * (`columnWidths`: no column narrower than its longest word, so "2026–2030" or "Dokumentasi" never breaks inside);
 * measured with DejaVu Sans, wider than the Arial the DOCX names, so the words fit in Word and LibreOffice alike.
 * Without it, the columns' relative widths.
 */
function table(block: Extract<DocumentBlock, { kind: 'table' }>, landscape: boolean, measure: TextMeasure | undefined): Table {
    const size = landscape ? 15 : 18;
    const total = block.columns.reduce((sum, c) => sum + c.width, 0);
    const available = PageGeometry.textWidth(landscape);
    const widths = measure
        // Half-points to points, twips to points and back.
        ? columnWidths(block, (available - cellMargins * block.columns.length) / 20, size / 2, measure).map(w => Math.floor(w * 20) + cellMargins)
        : block.columns.map(c => Math.floor(available * c.width / total));
    const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' },
            children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: c.header, bold: true, size })] })]
        }))
    });
    return new Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        rows: [header, ...block.rows.map(row => tableRow(row, widths, size))]
    });
}

function tableRow(row: DocumentRow, widths: readonly number[], size: number): TableRow {
    return new TableRow({
        cantSplit: true,
        children: row.cells.map((cell, i) => new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            children: cell.text.split('\n').map(line => new Paragraph({
                style: cellStyleId(size, cell.numeric === true),
                children: [row.total ? new TextRun({ text: line, bold: true }) : new TextRun(line)]
            }))
        }))
    });
}

/**
 * The body cells' paragraph and run formatting as four named styles (portrait / landscape size, left /
 * right) instead of on every paragraph: a 2,000-item roadmap has tens of thousands of cells, and the
 * repeated properties were most of the DOCX's XML and of its rendering time.
 */
const cellStyles = [18, 15].flatMap(size => [false, true].map(numeric => ({
    id: cellStyleId(size, numeric),
    name: `SPBE Table ${size === 18 ? 'Text' : 'Text Small'}${numeric ? ' Right' : ''}`,
    basedOn: 'Normal',
    quickFormat: false,
    run: { size },
    paragraph: { alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }
})));

function cellStyleId(size: number, numeric: boolean): string {
    return `SpbeTable${size}${numeric ? 'Right' : ''}`;
}

/** `Ditetapkan di …` / `pada tanggal …` / `WALI KOTA …,` / (space to sign) / the name, in the right half. */
function signature(document: SubmittableDocument): Paragraph[] {
    const indent = { left: Math.round(PageGeometry.textWidth(false) / 2) };
    const line = (text: string, options: { bold?: boolean; before?: number } = {}) =>
        new Paragraph({ indent, keepNext: true, keepLines: true, spacing: { before: options.before ?? 0, after: 0 }, children: [new TextRun({ text, bold: options.bold })] });
    const s = document.signature;
    return [line(s.place, { before: 480 }), line(s.date), line(s.office, { before: 240 }), line(s.name, { bold: true, before: 1440 })];
}
