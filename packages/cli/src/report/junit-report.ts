import { severityLabel, type Locale } from 'spbe-model';
import type { FileDiagnostic } from 'spbe-server/validate';
import { cliSentence } from '../cli-sentences.js';
import { xmlAttribute, xmlText } from './xml-text.js';

/**
 * A JUnit XML test report: one test suite (`spbe validate`) with one test case per `.spbe` file, so
 * that GitLab's test report lists every checked file, passed or failed. A file with errors fails, its
 * `<failure>` naming the first error and listing all of them (`path:line:column message [code]`);
 * warnings and info never fail a test (they do not fail `spbe validate` either, without
 * `--max-warnings`) and are listed in the test case's `<system-out>`.
 * @param files every checked file, workspace-relative
 * @param prefix the workspace folder's path in the repository (`repositoryPrefix`)
 */
export function junitReport(diagnostics: readonly FileDiagnostic[], files: readonly string[], prefix: string, locale: Locale): string {
    const byFile = new Map<string, FileDiagnostic[]>(files.map(f => [f, []]));
    for (const d of diagnostics) {
        byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
    }
    const line = (d: FileDiagnostic) => `${prefix}${d.file}:${d.line}:${d.column}  ${severityLabel(d.severity, locale)}  ${d.message}  [${d.code}]`;
    let failures = 0;
    const cases = [...byFile].map(([file, found]) => {
        const path = prefix + file;
        const errors = found.filter(d => d.severity === 'error');
        const others = found.filter(d => d.severity !== 'error');
        const parts = [`    <testcase classname="spbe" name="${xmlAttribute(path)}" file="${xmlAttribute(path)}">`];
        if (errors.length > 0) {
            failures++;
            const message = cliSentence('junitFailure', locale, { errors: errors.length, first: line(errors[0]) });
            parts.push(`      <failure type="${xmlAttribute(errors[0].code)}" message="${xmlAttribute(message)}">${xmlText(errors.map(line).join('\n'))}</failure>`);
        }
        if (others.length > 0) {
            parts.push(`      <system-out>${xmlText(others.map(line).join('\n'))}</system-out>`);
        }
        if (parts.length === 1) {
            return parts[0].replace(/>$/, '/>');
        }
        parts.push('    </testcase>');
        return parts.join('\n');
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="spbe validate" tests="${byFile.size}" failures="${failures}" errors="0">`,
        `  <testsuite name="spbe validate" tests="${byFile.size}" failures="${failures}" errors="0" skipped="0">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
