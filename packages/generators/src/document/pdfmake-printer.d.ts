// pdfmake 0.3 ships no types; this declares the one class the PDF renderer uses (js/Printer.js).
declare module 'pdfmake/js/Printer.js' {
    /** A pdfkit document: a readable stream of the PDF's bytes once `end()` is called. */
    interface PdfKitDocument {
        on(event: 'data', listener: (chunk: Uint8Array) => void): this;
        on(event: 'end', listener: () => void): this;
        on(event: 'error', listener: (error: Error) => void): this;
        end(): void;
    }
    interface VirtualFileSystem {
        existsSync(name: string): boolean;
        readFileSync(name: string): Uint8Array;
    }
    interface UrlResolver {
        resolve(url: string, headers?: unknown): void;
        resolved(): Promise<void>;
    }
    type FontDescriptors = Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;
    class PdfPrinter {
        constructor(fonts: FontDescriptors, virtualfs: VirtualFileSystem, urlResolver: UrlResolver);
        createPdfKitDocument(docDefinition: object, options?: object): Promise<PdfKitDocument>;
    }
    // CommonJS with `exports.default`: Node's ESM import sees the exports object, a bundler the class.
    const printerModule: { default: typeof PdfPrinter } | typeof PdfPrinter;
    export default printerModule;
}
