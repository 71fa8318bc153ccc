import { AstUtils, GrammarUtils, type ValidationCheck } from 'langium';
import type * as ast from '../generated/ast.js';
import { itemEnd, type WorkspaceFacts } from '../analysis/workspace-facts.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { isIndicatorLevel, repeatedScores, usableScores } from '../analysis/assessed-levels.js';
import { pushTo } from 'spbe-model';
import { reporter } from './_shared.js';
import { issueSeverity, IssueCodes, message, valueLabel } from 'spbe-model';

interface Assessed { readonly year: number; readonly levels: ReadonlyMap<string, number> }

/** The latest `penilaian` of each framework, by year. */
export function latestAssessments(facts: WorkspaceFacts): ReadonlyMap<string, Assessed> {
    return facts.memo('latest-penilaian', () => {
        const latest = new Map<string, Assessed>();
        for (const p of facts.penilaian) {
            const current = latest.get(p.framework);
            if (!current || p.year > current.year) {
                latest.set(p.framework, { year: p.year, levels: new Map(usableScores(p).map(s => [s.indicator, s.level])) });
            }
        }
        return latest;
    });
}

/** indicator key + end year → the entries that target it, for the conflict rule. */
function targetsByYear(facts: WorkspaceFacts): ReadonlyMap<string, ast.IndicatorTarget[]> {
    return facts.memo('indicator-targets', () => {
        const groups = new Map<string, ast.IndicatorTarget[]>();
        for (const item of facts.items) {
            const end = itemEnd(item);
            for (const entry of item.indikator.flatMap(list => list.entries).filter(e => isIndicatorLevel(e.level))) {
                const key = `${entry.framework}.${entry.indicator}@${end}`;
                pushTo(groups, key, entry);
            }
        }
        return groups;
    });
}

export const checkIndicatorPlan = (services: SpbeCoreServices): ValidationCheck<ast.IndicatorTarget> => (entry, accept) => {
    if (!isIndicatorLevel(entry.level)) {
        return; // the invalid-value finding says it; a refused level plans nothing
    }
    const facts = services.spbe.WorkspaceFacts.get();
    const report = reporter(services, accept);
    const id = `${entry.framework}.${entry.indicator}`;
    const assessed = latestAssessments(facts).get(entry.framework);
    const level = assessed?.levels.get(entry.indicator);
    if (assessed && level !== undefined && entry.level < level) {
        report(IssueCodes.IndicatorTargetBelowAssessed, { id, target: entry.level, year: assessed.year, assessed: level },
            { node: entry });
    }
    const item = entry.$container.$container;
    const end = itemEnd(item);
    if (end === undefined) {
        return;
    }
    const conflicting = (targetsByYear(facts).get(`${id}@${end}`) ?? [])
        .filter(other => other.$container.$container !== item && other.level !== entry.level);
    if (conflicting.length > 0) {
        const other = conflicting[0];
        report(IssueCodes.IndicatorTargetConflict,
            { id, target: entry.level, other: other.$container.$container.name, otherTarget: other.level, year: end },
            { node: entry });
    }
};

/**
 * One assessment per indicator, one `penilaian` per framework and year: an indicator assessed twice
 * in a block (`I02 3 … I02 4`) is a `duplicate-property` on the second (the first counts), and a
 * second `penilaian 2025 pemdi2025` is a `duplicate-name` (the first declared counts; its scores
 * are not merged).
 */
export const checkPenilaianRepeats = (services: SpbeCoreServices): ValidationCheck<ast.Penilaian> => (p, accept) => {
    const report = reporter(services, accept);
    for (const score of repeatedScores(p)) {
        report(IssueCodes.DuplicateProperty, { property: score.indicator }, { node: score, property: 'indicator' });
    }
    if (p.year === undefined || !p.framework) {
        return;
    }
    const facts = services.spbe.WorkspaceFacts.get();
    const first = facts.penilaian.find(other => other.year === p.year && other.framework === p.framework);
    if (first && first !== p) {
        const locale = services.spbe.Settings.locale;
        const range = GrammarUtils.findNodeForProperty(first.$cstNode, 'framework')?.range;
        accept(issueSeverity(IssueCodes.DuplicateName), message('duplicate-name-penilaian', locale, { year: p.year, framework: valueLabel('Framework', p.framework, locale) }), {
            node: p, property: 'framework', code: IssueCodes.DuplicateName, data: { code: IssueCodes.DuplicateName },
            relatedInformation: range ? [{ location: { uri: AstUtils.getDocument(first).uri.toString(), range }, message: message('duplicate-name-penilaian-first', locale) }] : []
        });
    }
};
