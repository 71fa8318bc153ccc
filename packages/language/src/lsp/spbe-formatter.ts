import type { LangiumDocument, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';
import { formatSource } from '../format/format-source.js';

/**
 * Whole-document formatting (canonical indentation and property order). Documents with syntax
 * errors are left alone, so formatting can never lose text.
 */
export class SpbeFormatter implements Formatter {
    constructor(private readonly services: SpbeServices) { }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        const text = document.textDocument.getText();
        const formatted = formatSource(this.services, text);
        if (formatted === undefined || formatted === text) {
            return [];
        }
        const end = document.textDocument.positionAt(text.length);
        return [{ range: { start: { line: 0, character: 0 }, end }, newText: formatted }];
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
