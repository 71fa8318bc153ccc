import { IssueCatalog, type IssueCode } from 'spbe-model';
import type { FileDiagnostic } from 'spbe-server/validate';

const levels: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative URI of a `/`-separated path; a lone surrogate (which encodeURIComponent rejects) becomes U+FFFD. */
function uriOf(file: string): string {
    return file.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0, so CI systems and code-scanning dashboards can show the findings.
 * @param prefix the workspace folder's path in its git repository (`repositoryPrefix`), `''` outside one
 */
export function sarifReport(diagnostics: readonly FileDiagnostic[], toolVersion: string, prefix = ''): string {
    // GitHub code scanning links a result to a file by its repository-relative path: inside a git
    // repository the URIs are relative to its root (SRCROOT), elsewhere to the validated folder.
    const base = prefix ? 'SRCROOT' : 'WORKSPACE';
    const baseDescription = prefix ? 'The root of the git repository holding the validated workspace' : 'The validated workspace folder';
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
            originalUriBaseIds: { [base]: { description: { text: baseDescription } } },
            results: diagnostics.map(d => ({
                ruleId: d.code,
                ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
                level: levels[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: uriOf(prefix + d.file), uriBaseId: base },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
                    }
                }]
            }))
        }]
    };
    return JSON.stringify(sarif, undefined, 2) + '\n';
}
