import { computeIndex } from 'spbe-model';
import type { AssessmentInfo } from 'spbe-model';
import { compareText } from 'spbe-model';
import type { IndexChange, IndexValue } from './diff-model.js';
import { diffProperties, type Properties } from './semantic-properties.js';

/** Each penilaian (framework and year) whose levels changed, with the index before and after. */
export function diffIndex(before: readonly AssessmentInfo[], after: readonly AssessmentInfo[]): IndexChange[] {
    const key = (a: AssessmentInfo) => `${a.framework} ${a.year}`;
    const levels = (a: AssessmentInfo) => new Map(a.scores.map(s => [s.indicator, s.level]));
    const index = (a: AssessmentInfo): IndexValue => {
        const { score, predicate, predicateLabel, provisional, assessedShare } = computeIndex(a.framework, levels(a));
        return { score, predicate, predicateLabel, provisional, assessedShare };
    };
    const levelProps = (a: AssessmentInfo | undefined): Properties =>
        new Map(a ? [...levels(a)].sort(([x], [y]) => compareText(x, y)).map(([id, level]) => [id, String(level)]) : []);
    const oldByKey = new Map(before.map(a => [key(a), a]));
    const newByKey = new Map(after.map(a => [key(a), a]));
    const changes: IndexChange[] = [];
    for (const k of new Set([...oldByKey.keys(), ...newByKey.keys()])) {
        const old = oldByKey.get(k);
        const now = newByKey.get(k);
        const levelChanges = diffProperties(levelProps(old), levelProps(now));
        if (levelChanges.length === 0) {
            continue;
        }
        const any = (now ?? old)!;
        changes.push({
            change: !old ? 'added' : !now ? 'removed' : 'changed',
            framework: any.framework,
            year: any.year,
            old: old && (index(old).score ?? undefined),
            new: now && (index(now).score ?? undefined),
            oldIndex: old && index(old),
            newIndex: now && index(now),
            levels: levelChanges,
            source: any.source
        });
    }
    return changes.sort((a, b) => compareText(a.framework, b.framework) || a.year - b.year);
}
