import { appendAll, compareText, pushTo } from 'spbe-model';
import type { FindingCodeChange, FindingEntry } from './diff-model.js';

/**
 * Findings are matched by code, file and message (line numbers move with every edit); a finding
 * present n times before and m times after counts |m − n| times.
 */
export function diffFindings(before: readonly FindingEntry[], after: readonly FindingEntry[]): FindingCodeChange[] {
    const key = (f: FindingEntry) => `${f.code}\n${f.file}\n${f.message}`;
    const group = (findings: readonly FindingEntry[]) => {
        const map = new Map<string, FindingEntry[]>();
        findings.forEach(f => pushTo(map, key(f), f));
        return map;
    };
    const oldGroups = group(before);
    const newGroups = group(after);
    const byCode = new Map<string, { introduced: FindingEntry[]; resolved: FindingEntry[] }>();
    const entry = (code: string) => byCode.get(code) ?? byCode.set(code, { introduced: [], resolved: [] }).get(code)!;
    for (const [k, list] of newGroups) {
        const count = oldGroups.get(k)?.length ?? 0;
        if (list.length > count) {
            appendAll(entry(list[0].code).introduced, list.slice(count));
        }
    }
    for (const [k, list] of oldGroups) {
        const count = newGroups.get(k)?.length ?? 0;
        if (list.length > count) {
            appendAll(entry(list[0].code).resolved, list.slice(count));
        }
    }
    const byPlace = (a: FindingEntry, b: FindingEntry) => compareText(a.file, b.file) || a.line - b.line;
    return [...byCode].sort(([a], [b]) => compareText(a, b))
        .map(([code, { introduced, resolved }]) => ({ code, introduced: introduced.sort(byPlace), resolved: resolved.sort(byPlace) }));
}
