import { promises as fs } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import {
    buildDocument, diagramMissingGlyphs, documentDiagramSvgs, DocumentFormats, DocumentJenisList, printedWidthInches, renderDocument,
    type DocumentFindings, type DocumentFormat, type DocumentImages, type DocumentJenis, type OutputFile, type SubmittableDocument
} from 'spbe-generators';
import { IssueCatalog, keywordsInWords, severityLabel, withoutKeywordNotes, type IssueCode, type Locale, type SpbeModel } from 'spbe-model';
import type { FileDiagnostic } from '../workspace/load-workspace.js';
import { bundledFontFiles } from '../workspace/render-png.js';
import { renderDocxInThread, type DocxJob } from '../workspace/docx-thread.js';
import { localized, UserError } from '../workspace/user-error.js';
import { UnsafeWriteError } from '../workspace/atomic-write.js';
import { refuseErrors } from './error-gate.js';
import type { GeneratedFiles, OutputTarget } from './output-target.js';
import { writeOutputs } from '../workspace/write-outputs.js';
import { cancellationPoint, type CancelSignal } from './cancellation.js';
import { checkFormats, checkLocale, checkRoadmapFilters, InvalidParameterError } from './request-checks.js';
import { opdDiagnostics } from './opd-findings.js';
import { countFindings, type ValidatedWorkspace, type WorkspaceSource } from './workspace-source.js';

/** The untrusted parameters of `spbe generate dokumen` / `spbe/generateDocument`. */
export interface DocumentParams {
    /** `peta-rencana,arsitektur` (CLI) or `['peta-rencana']` (server). */
    readonly jenis: unknown;
    /** `docx,pdf` (CLI) or `['docx', 'pdf']` (server). */
    readonly formats: unknown;
    /** Only this OPD (its roadmap items and elements). */
    readonly opd?: unknown;
    readonly locale?: unknown;
    /** `true` generates from a workspace with errors (page 1 then says so); else it is refused. */
    readonly allowErrors?: unknown;
}

/**
 * The submittable documents (spec §6 v2): each jenis in each format, written atomically. Checks
 * jenis, formats and locale before loading, refuses a workspace with errors unless `allowErrors`
 * (`WorkspaceHasErrorsError`), checks `opd` against the model (`InvalidParameterError`). The diagrams
 * go to the generator as SVG (the PDF draws them as vector) and, for a DOCX, rasterized here as PNG
 * (resvg's WebAssembly, Node-side), with the bundled DejaVu Sans (`fontFiles`: regular first, then bold) for them and the PDF.
 * Each DOCX is made on a thread of its own (`renderDocxInThread`) while this thread lays out the PDFs.
 * Every file is rendered before the first is written, and `cancel` is polled between the phases (model, diagrams,
 * each document and format): a cancelled request throws `RequestCancelledError` having written nothing.
 */
export async function generateDocumentFiles(source: WorkspaceSource, target: OutputTarget, params: DocumentParams, defaultLocale: Locale, fontFiles?: string[], cancel?: CancelSignal): Promise<GeneratedFiles> {
    const jenisList = checkJenis(params.jenis);
    const formats = checkFormats('dokumen', DocumentFormats, params.formats);
    const locale = checkLocale(params.locale, defaultLocale);
    const workspace = await source.validated();
    await cancellationPoint(cancel);
    refuseErrors(workspace, params.allowErrors);
    refuseEmpty(workspace, jenisList);
    const { opd } = checkRoadmapFilters({ opd: params.opd }, workspace.model);
    refuseEmptyOpd(workspace, jenisList, opd);
    await refuseSourceFolder(target.dir, workspace.findings?.root);
    const fonts = fontFiles ?? bundledFontFiles();
    const fontBytes = formats.includes('pdf') ? { normal: await readFile(fonts[0]), bold: await readFile(fonts[1] ?? fonts[0]) } : undefined;
    const options = { locale, opd, workspaceErrors: workspace.counts.errors, findings: documentFindings(workspace, locale, opd) };
    // The documents are built first (a fifth of a second for 2,000 items): the pages they put the diagrams on set the
    // PNGs' resolution. Then each DOCX starts on a thread of its own (its diagrams rasterized there, on resvg's threads);
    // a failure surfaces when its DOCX is awaited. The PDFs, which draw the SVGs, come first and keep this thread busy meanwhile.
    const documents = new Map(jenisList.map(jenis => [jenis, buildDocument(workspace.model, jenis, options)]));
    // Ends the DOCX threads still running when this fails or is cancelled (or is done: then they all have ended already).
    const threads = new AbortController();
    try {
        const diagramsOf = new Map<DocumentJenis, DocumentDiagrams>();
        const docxOf = new Map<DocumentJenis, Promise<OutputFile>>();
        for (const jenis of jenisList) {
            const diagrams = await documentDiagrams(workspace.model, jenis, documents.get(jenis)!, { locale, opd });
            await cancellationPoint(cancel);
            diagramsOf.set(jenis, diagrams);
            if (formats.includes('docx')) {
                const docx = renderDocxInThread({ document: documents.get(jenis)!, jenis, diagrams: diagrams.raster, fontFiles: fonts }, { signal: threads.signal });
                docx.catch(() => undefined);
                docxOf.set(jenis, docx);
            }
        }
        const pdfFirst = [...formats].sort((a, b) => Number(b === 'pdf') - Number(a === 'pdf'));
        const rendered: Array<{ jenis: DocumentJenis; format: DocumentFormat; file: OutputFile }> = [];
        const missing = new Set<string>();
        const missingInImages = new Set<string>();
        // What the diagrams draw with DejaVu Sans (boxes for characters it lacks), in the PNG and the vector PDF alike.
        const regularFont = fontBytes?.normal ?? await readFile(fonts[0]);
        for (const jenis of jenisList) {
            const document = documents.get(jenis)!;
            const diagrams = diagramsOf.get(jenis)!;
            (await diagramMissingGlyphs(Object.values(diagrams.vector).flatMap(image => image?.svg ?? []), { normal: regularFont, bold: regularFont }))
                .forEach(c => missingInImages.add(c));
            for (const format of pdfFirst) {
                await cancellationPoint(cancel);
                const file = format === 'docx'
                    ? await docxOf.get(jenis)!
                    : await renderDocument(document, jenis, format, diagrams.vector, fontBytes, characters => characters.forEach(c => missing.add(c)));
                rendered.push({ jenis, format, file });
            }
        }
        await cancellationPoint(cancel);
        // Every file is rendered before the first is written (a failing or cancelled format leaves nothing behind);
        // written in the order asked (each jenis, then each format), each atomically.
        const files: string[] = [];
        for (const jenis of jenisList) {
            for (const format of formats) {
                const { file } = rendered.find(r => r.jenis === jenis && r.format === format)!;
                files.push(...await writeOutputs([file], target.dir, target.boundary));
            }
        }
        const warnings = [
            ...missing.size > 0 ? [missingGlyphsWarning([...missing], locale)] : [],
            ...missingInImages.size > 0 ? [imageGlyphsWarning([...missingInImages], locale)] : []
        ];
        return { files, errors: workspace.counts.errors, warnings };
    } finally {
        threads.abort(new Error('generate dokumen ended'));
    }
}

/** A character with its code point, `🚀 (U+1F680)`, so that it can be found in the sources. */
function withCodePoint(c: string): string {
    return `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** One warning for every character the diagram images (Gantt, layered view, integration map) drew as an empty box. */
function imageGlyphsWarning(characters: readonly string[], locale: Locale): string {
    const list = characters.map(withCodePoint).join(', ');
    return localized(`Diagram: fon DejaVu Sans tidak memiliki ${characters.length} karakter, yang digambar sebagai kotak kosong: ${list}`,
        `Diagrams: the DejaVu Sans font lacks ${characters.length} character(s), drawn as empty boxes: ${list}`)[locale];
}

/** One warning for every character the PDFs drew as U+FFFD: each shown with its code point, so it can be found in the sources. */
function missingGlyphsWarning(characters: readonly string[], locale: Locale): string {
    const list = characters.map(withCodePoint).join(', ');
    return localized(`PDF: fon DejaVu Sans tidak memiliki ${characters.length} karakter, yang dicetak sebagai �: ${list}`,
        `PDF: the DejaVu Sans font lacks ${characters.length} character(s), printed as �: ${list}`)[locale];
}

/** A workspace that has nothing a document of the asked kinds could be about (`refuseEmpty`). */
export class EmptyWorkspaceError extends UserError { }

/**
 * Refuses, before anything is written, a workspace without a `pemda` (the documents are the lampiran of
 * its head's regulation: cover, header and signature would all be blanks) and a Peta Rencana of a
 * workspace without roadmap items (every chapter would be empty). Names the folder when it is on disk.
 */
function refuseEmpty(workspace: ValidatedWorkspace, jenisList: readonly DocumentJenis[]): void {
    const where = workspace.findings ? ` ${workspace.findings.root}` : '';
    if (!workspace.model.pemda) {
        throw new EmptyWorkspaceError(localized(
            `Ruang kerja${where} tidak mendeklarasikan pemda; dokumen ini lampiran peraturan kepala daerah, jadi perlu blok pemda (nama, jenis, periode) — tambahkan, misalnya dengan spbe init`,
            `The workspace${where} declares no pemda; these documents are the lampiran of the regional head's regulation, so they need a pemda block (name, jenis, periode) — add one, e.g. with spbe init`));
    }
    if (jenisList.includes('peta-rencana') && workspace.model.items.length === 0) {
        throw new EmptyWorkspaceError(localized(
            `Ruang kerja${where} tidak memiliki rencana di petaRencana; Peta Rencana SPBE akan kosong — tambahkan rencana, atau pilih --jenis arsitektur`,
            `The workspace${where} has no rencana in petaRencana; the Peta Rencana SPBE would be empty — add items, or choose --jenis arsitektur`));
    }
}

/**
 * Refuses a Peta Rencana limited to an OPD that is responsible for and carries out no roadmap item
 * (`matches` in the roadmap report: penanggungJawab or pelaksana): like a workspace without items, it would be empty.
 */
function refuseEmptyOpd(workspace: ValidatedWorkspace, jenisList: readonly DocumentJenis[], opd: string | undefined): void {
    if (!opd || !jenisList.includes('peta-rencana')) {
        return;
    }
    if (!workspace.model.items.some(item => item.penanggungJawab === opd || item.pelaksana.includes(opd))) {
        throw new EmptyWorkspaceError(localized(
            `OPD ${opd} tidak menjadi penanggung jawab atau pelaksana rencana mana pun di petaRencana; Peta Rencana SPBE-nya akan kosong — pilih --jenis arsitektur, atau OPD lain`,
            `OPD ${opd} is responsible for or carries out no rencana in petaRencana; its SPBE Roadmap would be empty — choose --jenis arsitektur, or another OPD`));
    }
}

/**
 * Refuses, like `build site`, an output folder that is the workspace itself or holds `.spbe` sources:
 * the documents would land among the sources (and a later `spbe` run would walk past them).
 */
async function refuseSourceFolder(dir: string, workspaceRoot: string | undefined): Promise<void> {
    const real = await fs.realpath(dir).catch(() => undefined);
    if (real === undefined) {
        return;
    }
    const root = workspaceRoot === undefined ? undefined : await fs.realpath(workspaceRoot).catch(() => path.resolve(workspaceRoot));
    const entries = await fs.readdir(real).catch(() => [] as string[]);
    if (real === root || entries.some(name => name.endsWith('.spbe'))) {
        throw new UnsafeWriteError(localized(`Menolak menulis dokumen ke ${dir}: folder itu berisi sumber .spbe; pilih folder keluaran lain (-o)`,
            `Refusing to write the documents into ${dir}: it holds .spbe sources; choose another output folder (-o)`));
    }
}

function checkJenis(jenis: unknown): DocumentJenis[] {
    const list = typeof jenis === 'string' ? jenis.split(',').map(j => j.trim()).filter(Boolean) : Array.isArray(jenis) ? jenis : [];
    const unknown = list.filter(j => !(DocumentJenisList as readonly unknown[]).includes(j));
    if (list.length === 0 || unknown.length > 0) {
        const shown = (unknown.length > 0 ? unknown : [jenis]).map(j => JSON.stringify(j) ?? 'undefined').join(', ');
        throw new InvalidParameterError(localized(`jenis dokumen tidak dikenal: ${shown}; pilih dari ${DocumentJenisList.join(', ')}`,
            `unknown document kind ${shown}; choose from ${DocumentJenisList.join(', ')}`));
    }
    return [...new Set(list as DocumentJenis[])];
}

/** A document's diagrams: `vector` for the PDF, `raster` what its DOCX rasterizes (`DocxJob`). */
interface DocumentDiagrams {
    readonly vector: DocumentImages;
    readonly raster: DocxJob['diagrams'];
}

/**
 * The document's diagrams: `vector`, each as SVG (the PDF draws it as vector) with its size at `documentScale`, and
 * `raster`, the same with the zoom `rasterScale` gives for the page `document` puts it on (laid out at the same size
 * as the vector, with fewer pixels).
 */
async function documentDiagrams(model: SpbeModel, jenis: DocumentJenis, document: SubmittableDocument, options: { locale: Locale; opd?: string }): Promise<DocumentDiagrams> {
    const svgs = Object.entries(await documentDiagramSvgs(model, jenis, options)).flatMap(([key, svg]) => svg === undefined ? [] : [{ key, svg, size: documentImageSize(svg) }]);
    return {
        vector: Object.fromEntries(svgs.map(({ key, svg, size }) => [key, { svg, ...size }])),
        raster: svgs.map(({ key, svg, size }) => ({ key, svg, ...size, scale: rasterScale(svg, printedWidthInches(document, key, size)) }))
    };
}

/** The size a diagram is laid out at in a document (`DocumentImage`): its SVG's at `documentScale`, in whole pixels. */
export function documentImageSize(svg: string): { width: number; height: number } {
    return svgSize(svg, documentScale(svg));
}

/** An SVG's root size times `scale`, in whole pixels (what resvg's zoom would make of it). */
function svgSize(svg: string, scale: number): { width: number; height: number } {
    const { width, height } = svgRootSize(svg);
    return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function svgRootSize(svg: string): { width: number; height: number } {
    return {
        width: Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 1000),
        height: Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 1000)
    };
}

/**
 * A diagram fills at most one page: 3,000 px on its longer side are already finer than print
 * (about 250 dpi across A4), so a huge diagram (a 2,000-item Gantt) is not rasterized at full size.
 */
export function documentScale(svg: string): number {
    const { width, height } = svgRootSize(svg);
    return Math.min(1.5, 3000 / Math.max(width, height));
}

/**
 * Dots per inch of paper a DOCX's diagram is drawn at: a Gantt label (about 6 pt) is some 12 px high, sharp in
 * print, at half the pixels (and half the drawing and encoding time) of a flat 1.5× zoom (about 210 dpi for a Gantt page).
 */
export const DocxImageDpi = 150;

/**
 * The zoom that draws `svg` at `DocxImageDpi` for `printedInches` (its width on paper, `printedWidthInches`),
 * never above `documentScale`; `documentScale` when the width on paper is unknown.
 */
export function rasterScale(svg: string, printedInches: number | undefined): number {
    const scale = documentScale(svg);
    return printedInches === undefined ? scale : Math.min(scale, printedInches * DocxImageDpi / svgRootSize(svg).width);
}

const severityOrder = ['error', 'warning', 'info', 'hint'];

/**
 * The findings appendix in words: counts, and per kind of finding its catalog summary (never a message quoting identifiers);
 * with `opd`, only that OPD's findings (`opdDiagnostics`).
 */
function documentFindings(workspace: ValidatedWorkspace, locale: Locale, opd: string | undefined): DocumentFindings {
    const all = workspace.findings?.diagnostics ?? [];
    const diagnostics = opd && workspace.findings ? opdDiagnostics(workspace.model, workspace.findings.root, all, opd) : all;
    const counts = opd ? countFindings(0, diagnostics) : workspace.counts;
    const groups = new Map<string, { severity: FileDiagnostic['severity']; code: string; count: number }>();
    for (const d of diagnostics) {
        const key = `${d.severity} ${d.code}`;
        const group = groups.get(key) ?? { severity: d.severity, code: d.code, count: 0 };
        group.count++;
        groups.set(key, group);
    }
    return {
        errors: counts.errors,
        warnings: counts.warnings,
        infos: counts.infos,
        groups: [...groups.values()]
            .sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || b.count - a.count || a.code.localeCompare(b.code))
            .map(g => {
                const entry = Object.hasOwn(IssueCatalog, g.code) ? IssueCatalog[g.code as IssueCode] : undefined;
                const text = entry ? keywordsInWords(withoutKeywordNotes({ id: entry.summaryId, en: entry.summary }[locale]), locale) : g.code;
                return { severity: capitalize(severityLabel(g.severity, locale)), text, count: g.count };
            })
    };
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
