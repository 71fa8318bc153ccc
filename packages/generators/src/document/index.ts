import type { Locale, SpbeModel } from 'spbe-model';
import { exportDiagramText } from '../diagram/index.js';
import { ganttSvg } from '../roadmap/gantt-svg.js';
import type { OutputFile } from '../roadmap/index.js';
import { arsitekturChapters, type DocumentFindings } from './arsitektur-content.js';
import { documentFrame, type DocumentJenis } from './document-frame.js';
import { ganttKey, ganttParts } from './gantt-parts.js';
import { pageAspect } from './page-geometry.js';
import { svgSlices } from './svg-slices.js';
import type { DiagramImageKey, DocumentFonts, DocumentImages, SubmittableDocument } from './document-model.js';
import { cleanDocumentText } from './document-text.js';
import { pdfFontMetrics } from './font-measure.js';
import { svgMissingGlyphs } from './missing-glyphs.js';
import { petaRencanaChapters } from './peta-rencana-content.js';
import { documentRoadmapReport, ganttRoadmapReport } from './roadmap-report-cache.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';

export const DocumentJenisList = ['peta-rencana', 'arsitektur'] as const satisfies readonly DocumentJenis[];
export const DocumentFormats = ['docx', 'pdf'] as const;
export type DocumentFormat = typeof DocumentFormats[number];

export interface DocumentOptions {
    readonly locale: Locale;
    /** Only this OPD: its roadmap items (responsible or carrying out) and its elements. */
    readonly opd?: string;
    /** Errors of the workspace the document is generated from (`--allow-errors`); page 1 says so. */
    readonly workspaceErrors?: number;
    /** The findings appendix of the Arsitektur (counts and kinds, in words). */
    readonly findings?: DocumentFindings;
}

/**
 * The format-neutral document of one jenis: the frame (lampiran header, cover, signature) and its
 * chapters. The Peta Rencana is built from the roadmap report, so its figures are the JSON's.
 */
export function buildDocument(model: SpbeModel, jenis: DocumentJenis, options: DocumentOptions): SubmittableDocument {
    const frame = documentFrame(model, jenis, options.locale, options.workspaceErrors, options.opd);
    const chapters = jenis === 'peta-rencana'
        ? petaRencanaChapters(model, documentRoadmapReport(model, options))
        : arsitekturChapters(model, { locale: options.locale, opd: options.opd, findings: options.findings });
    return { ...frame, chapters };
}

/**
 * The diagrams a document embeds, as SVG (the caller rasterizes them to PNG: the rasterizer is
 * native and lives in the server): the Gantt for the Peta Rencana, in parts (`gantt`, `gantt-2`…); the layered view (one OPD's view
 * with `opd`) and the integration map for the Arsitektur.
 */
export async function documentDiagramSvgs(model: SpbeModel, jenis: DocumentJenis, options: Pick<DocumentOptions, 'locale' | 'opd'>): Promise<Partial<Record<DiagramImageKey, string>>> {
    if (jenis === 'peta-rencana') {
        return Object.fromEntries(ganttParts(ganttRoadmapReport(model, options)).map((part, i) => [ganttKey(i), ganttSvg(part, 'page')]));
    }
    // The diagrams chapter is portrait: a diagram taller than the page at full width comes in strips.
    const strips = (key: 'layered' | 'integrasi', svg: string) => svgSlices(svg, pageAspect(false)).map((strip, i) => [i === 0 ? key : `${key}-${i + 1}`, strip] as const);
    return Object.fromEntries([
        ...strips('layered', await exportDiagramText(model, options.opd ? { view: 'opd', opd: options.opd, locale: options.locale } : { view: 'layered', locale: options.locale }, 'svg', 'page')),
        ...strips('integrasi', await exportDiagramText(model, { view: 'integrasi', locale: options.locale }, 'svg', 'page'))
    ]);
}

/**
 * The distinct characters the diagram SVGs draw that the regular face of `fonts` lacks (an emoji), in
 * order of first appearance: the PNG shows each as an empty box.
 */
export async function diagramMissingGlyphs(svgs: readonly string[], fonts: DocumentFonts): Promise<string[]> {
    const { hasGlyph } = await pdfFontMetrics(fonts);
    return [...new Set(svgs.flatMap(svg => svgMissingGlyphs(svg, hasGlyph)))];
}

/** `peta-rencana-spbe.docx`, `arsitektur-spbe.pdf`. */
export function documentFileName(jenis: DocumentJenis, format: DocumentFormat): string {
    return `${jenis}-spbe.${format}`;
}

/**
 * Renders a built document as DOCX or PDF; the PDF needs the fonts (bytes of DejaVu Sans and its bold).
 * Every text goes through `documentText` first (XML-illegal code points out, bidi controls balanced).
 * The PDF draws a character its font lacks (an emoji) as U+FFFD and passes those characters to `onMissingGlyphs`.
 */
export async function renderDocument(built: SubmittableDocument, jenis: DocumentJenis, format: DocumentFormat, images: DocumentImages, fonts?: DocumentFonts, onMissingGlyphs?: (characters: readonly string[]) => void): Promise<OutputFile> {
    const document = cleanDocumentText(built);
    if (format === 'docx') {
        // With the fonts, the DOCX's table columns are sized like the PDF's (to their longest word).
        return { name: documentFileName(jenis, format), content: await renderDocx(document, images, fonts && (await pdfFontMetrics(fonts)).measure) };
    }
    if (!fonts) {
        throw new Error('the PDF needs the DejaVu Sans font files');
    }
    return { name: documentFileName(jenis, format), content: await renderPdf(document, images, fonts, onMissingGlyphs) };
}

export { type DocumentJenis } from './document-frame.js';
export { type DocumentFindings } from './arsitektur-content.js';
export { pngSize } from './page-geometry.js';
export { printedWidthInches } from './printed-size.js';
export type { DocumentFonts, DocumentImages, DocumentImage, DiagramImageKey, SubmittableDocument } from './document-model.js';
