import { IssueCatalog, type IssueCode } from 'spbe-model';
import type { FileDiagnostic } from 'spbe-server/validate';

const levels: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, so CI systems and code-scanning dashboards can show the findings. */
export function sarifReport(diagnostics: readonly FileDiagnostic[], toolVersion: string): string {
    const rules = (Object.keys(IssueCatalog) as IssueCode[]).map(id => ({
        id,
        shortDescription: { text: IssueCatalog[id].summary },
        defaultConfiguration: { level: levels[IssueCatalog[id].severity] }
    }));
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'spbe', version: toolVersion, rules } },
            originalUriBaseIds: { WORKSPACE: { description: { text: 'The validated workspace folder' } } },
            results: diagnostics.map(d => ({
                ruleId: d.code,
                ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
                level: levels[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: d.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'WORKSPACE' },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
                    }
                }]
            }))
        }]
    };
    return JSON.stringify(sarif, undefined, 2) + '\n';
}
