import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import type { SpbeServices } from '../spbe-module.js';
import { SpbeCommands } from './client-contract.js';
import { displayPath } from './display-path.js';
import { opdDependencyEntries } from './opd-dependencies.js';
import { computeIndex } from 'spbe-model';
import { editorLabel as label, indexValueText, term } from 'spbe-model';
import type { Locale } from 'spbe-model';

/**
 * "Indeks 3,12 · Baik · 100 % bobot dinilai"; for a partial assessment the predikat is provisional and
 * the indicator count follows: "Indeks 2,61 · Baik (sementara) · 11,2 % bobot dinilai · 4/35 indikator".
 */
export function penilaianLens(penilaian: ast.Penilaian, locale: Locale): string {
    const result = computeIndex(penilaian.framework, new Map(penilaian.scores.map(s => [s.indicator, s.level])));
    const partial = result.assessedCount < result.indicatorCount ? ` · ${result.assessedCount}/${result.indicatorCount} ${term('indicators', locale)}` : '';
    return `${term('index', locale)} ${indexValueText(result, locale)}${partial}`;
}

/** "N cross-OPD references" and "M findings" on each OPD; "Generate roadmap" on each petaRencana. */
export class SpbeCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: SpbeServices) { }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        if (isBuiltinDocument(document)) {
            return [];
        }
        const locale = this.services.spbe.Settings.locale;
        const root = document.parseResult.value as ast.Workspace;
        const lenses: CodeLens[] = [];
        const facts = this.services.spbe.WorkspaceFacts.get();
        for (const declaration of root.declarations) {
            const range = GrammarUtils.findNodeForProperty(declaration.$cstNode, 'name')?.range
                ?? GrammarUtils.findNodeForKeyword(declaration.$cstNode, 'petaRencana')?.range
                ?? GrammarUtils.findNodeForKeyword(declaration.$cstNode, 'penilaian')?.range;
            if (!range) {
                continue;
            }
            if (ast.isOpd(declaration)) {
                // Two lenses side by side: the references open their grouped list, the findings the Problems view.
                const crossing = opdDependencyEntries(facts, declaration, locale, uri => displayPath(this.services, uri)).length;
                const findings = this.findingsWithin(document, declaration.$cstNode!.range);
                lenses.push({
                    range,
                    command: {
                        title: `${crossing} ${label('crossRefs', locale)}`,
                        command: SpbeCommands.ShowOpdDependencies,
                        arguments: [document.uri.toString(), declaration.name]
                    }
                }, {
                    range,
                    command: { title: `${findings} ${label('findings', locale)}`, command: SpbeCommands.ShowProblems, arguments: [document.uri.toString()] }
                });
            } else if (ast.isPenilaian(declaration)) {
                lenses.push({ range, command: { title: penilaianLens(declaration, locale), command: '' } });
            } else if (ast.isPetaRencana(declaration)) {
                lenses.push({
                    range,
                    command: { title: label('generateRoadmap', locale), command: SpbeCommands.GenerateRoadmap, arguments: [document.uri.toString()] }
                });
            }
        }
        return lenses;
    }

    private findingsWithin(document: LangiumDocument, range: Range): number {
        return (document.diagnostics ?? []).filter(d => d.range.start.line >= range.start.line && d.range.end.line <= range.end.line).length;
    }
}
