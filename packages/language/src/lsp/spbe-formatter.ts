import type { LangiumDocument, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';
import { formatSource, type FormatOptions } from '../format/format-source.js';

/** The edit that replaces the document with its formatted text; none when it is formatted or cannot be. */
export function wholeDocumentEdit(services: SpbeServices, document: LangiumDocument, options: FormatOptions): TextEdit[] {
    const text = document.textDocument.getText();
    const formatted = formatSource(services, text, options);
    if (formatted === undefined || formatted === text) {
        return [];
    }
    const end = document.textDocument.positionAt(text.length);
    return [{ range: { start: { line: 0, character: 0 }, end }, newText: formatted }];
}

/**
 * Whole-document formatting: canonical indentation, spacing and line breaks, keeping the author's
 * property order unless `spbe.format.sortProperties` is on. Documents with syntax errors are left
 * alone, so formatting can never lose text.
 */
export class SpbeFormatter implements Formatter {
    constructor(private readonly services: SpbeServices) { }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return wholeDocumentEdit(this.services, document, { sortProperties: this.services.spbe.Settings.sortProperties });
    }

    formatDocumentRange(_document: LangiumDocument, _params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
