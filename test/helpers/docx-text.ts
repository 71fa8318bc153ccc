import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** A DOCX read back: body paragraphs outside tables (with their style), table rows as cell texts, and the raw parts. */
export interface DocxContent {
    readonly paragraphs: ReadonlyArray<{ readonly style: string; readonly text: string }>;
    /** Every table, each row a list of cell texts (a cell's paragraphs joined by `\n`). */
    readonly tables: ReadonlyArray<ReadonlyArray<readonly string[]>>;
    /** The text of every header part (the banner). */
    readonly headers: readonly string[];
    /** The XML of every footer part (the page number field). */
    readonly footerXml: readonly string[];
    /** `word/document.xml` as written, for structural checks (sections, row properties, fields). */
    readonly xml: string;
    /** Media files embedded (`word/media/…`). */
    readonly media: readonly string[];
}

/** Unzips a DOCX and parses its XML with saxes (a strict parser: malformed XML throws). */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const parts = async (pattern: RegExp) => Promise.all(Object.keys(zip.files).filter(n => pattern.test(n)).sort().map(async n => zip.file(n)!.async('string')));
    const { paragraphs, tables } = parseBody(xml);
    return {
        paragraphs,
        tables,
        headers: (await parts(/^word\/header\d*\.xml$/)).map(part => paragraphTexts(part).join('\n')),
        footerXml: await parts(/^word\/footer\d*\.xml$/),
        xml,
        media: Object.keys(zip.files).filter(n => n.startsWith('word/media/'))
    };
}

function paragraphTexts(xml: string): string[] {
    return parseBody(xml).paragraphs.map(p => p.text);
}

function parseBody(xml: string): { paragraphs: Array<{ style: string; text: string }>; tables: string[][][] } {
    const parser = new SaxesParser();
    const paragraphs: Array<{ style: string; text: string }> = [];
    const tables: string[][][] = [];
    const tableStack: string[][][] = [];
    let cell: string[] | undefined;
    let paragraph: { style: string; text: string } | undefined;
    let inText = false;
    parser.on('opentag', tag => {
        switch (tag.name) {
            case 'w:tbl': tableStack.push([]); break;
            case 'w:tr': tableStack.at(-1)!.push([]); break;
            case 'w:tc': cell = []; break;
            case 'w:p': paragraph = { style: '', text: '' }; break;
            case 'w:pStyle': if (paragraph) paragraph.style = String(tag.attributes['w:val'] ?? ''); break;
            case 'w:t': inText = true; break;
            case 'w:tab': if (paragraph) paragraph.text += '\t'; break;
            default: break;
        }
    });
    parser.on('text', text => {
        if (inText && paragraph) {
            paragraph.text += text;
        }
    });
    parser.on('closetag', tag => {
        switch (tag.name) {
            case 'w:t': inText = false; break;
            case 'w:p':
                if (cell) {
                    cell.push(paragraph!.text);
                } else {
                    paragraphs.push(paragraph!);
                }
                paragraph = undefined;
                break;
            case 'w:tc': tableStack.at(-1)!.at(-1)!.push(cell!.join('\n')); cell = undefined; break;
            case 'w:tbl': tables.push(tableStack.pop()!); break;
            default: break;
        }
    });
    parser.write(xml).close();
    return { paragraphs, tables };
}
