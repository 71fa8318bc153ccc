import { diffWord, formatRupiah, incompleteTotal, indexValueText, heading, type DiffWord } from 'spbe-model';
import { appendAll, pushTo } from 'spbe-model';
import type { Locale } from 'spbe-model';
import type { ChangeKind, DiffAmount, DiffSummary, DiffTotal, IndexValue, PropertyChange, WorkspaceDiff } from './diff-model.js';
import { DiffWords } from './diff-words.js';

/**
 * The words of a diff report, shared by the text, Markdown and HTML renderers: each renders the
 * same sections and only decides how to escape and lay them out.
 */

export type DiffSign = '+' | '-' | '~' | '>';

export interface DiffEntry {
    readonly sign: DiffSign;
    readonly headline: string;
    readonly details: readonly string[];
    /** Where to open it: a document URI and 0-based line. */
    readonly target?: { readonly uri?: string; readonly file?: string; readonly line: number };
}

export interface DiffGroup {
    readonly title?: string;
    readonly entries: readonly DiffEntry[];
}

export interface DiffSection {
    readonly id: string;
    readonly title: string;
    readonly groups: readonly DiffGroup[];
}

const signOf: Record<ChangeKind, DiffSign> = { added: '+', removed: '-', changed: '~', renamed: '>' };

export function formatDelta(amount: number, locale: Locale): string {
    return `${amount < 0 ? '−' : '+'}${formatRupiah(Math.abs(amount), locale)}`;
}

/** An amount, or "tak terbaca" for one the parser could not read (v2 §6: never Rp0). */
function amountText(amount: DiffAmount, locale: Locale): string {
    return amount === null ? heading('unread', locale) : formatRupiah(amount, locale);
}

/** A total, or "tidak lengkap: N nilai tak terbaca" when some of its amounts could not be read. */
function totalText(total: DiffTotal, locale: Locale): string {
    return total.amount === null ? incompleteTotal(total.unread, locale) : formatRupiah(total.amount, locale);
}

/** `old → new (±delta)`; no delta when a side is not a number. */
function amountChange(oldText: string, newText: string, oldAmount: DiffAmount, newAmount: DiffAmount, locale: Locale): string {
    return `${oldText} → ${newText}${oldAmount === null || newAmount === null ? '' : ` (${formatDelta(newAmount - oldAmount, locale)})`}`;
}

/** Label and value rows for the summary, in reading order. */
export function summaryRows(diff: WorkspaceDiff, locale: Locale): Array<[string, string]> {
    const s = diff.summary;
    const counts = (c: Readonly<Record<string, number>>, keys: readonly DiffWord[]) =>
        keys.filter(k => (c[k] ?? 0) > 0).map(k => `${c[k]} ${diffWord(k, locale)}`).join(', ') || '0';
    const rows: Array<[string, string]> = [
        [diffWord('elementsRow', locale), counts(s.elements, ['added', 'removed', 'changed', 'renamed'])],
        [diffWord('itemsRow', locale), itemCounts(s.items, locale)],
        [diffWord('budgetTotal', locale), amountChange(totalText(s.budget.old, locale), totalText(s.budget.new, locale), s.budget.old.amount, s.budget.new.amount, locale)],
        [diffWord('refs', locale), counts(s.crossOpdReferences, ['added', 'removed'])],
        [diffWord('findings', locale), counts(s.findings, ['introduced', 'resolved'])]
    ];
    if (s.opds.added + s.opds.removed + s.opds.changed > 0) {
        rows.splice(0, 0, [diffWord('opds', locale), counts(s.opds, ['added', 'removed', 'changed'])]);
    }
    for (const change of diff.index) {
        rows.push([`${diffWord('index', locale)} ${new DiffWords(diff.names, locale).framework(change.framework)} ${change.year}`, `${indexSide(change.oldIndex, locale)} → ${indexSide(change.newIndex, locale)}`]);
    }
    return rows;
}

/** One side of an index change: "2,61 · Baik (sementara) · 48 % bobot dinilai", or ∅ for a side without the penilaian. */
function indexSide(value: IndexValue | undefined, locale: Locale): string {
    return value ? indexValueText(value, locale) : '∅';
}

function quoted(title: string | undefined): string {
    return title ? ` "${title}"` : '';
}

function itemCounts(items: DiffSummary['items'], locale: Locale): string {
    const list = (keys: readonly DiffWord[]) => keys.filter(k => items[k as keyof typeof items] > 0)
        .map(k => `${items[k as keyof typeof items]} ${diffWord(k, locale)}`).join(', ');
    const main = list(['added', 'removed', 'renamed', 'changed']) || '0';
    const detail = list(['rescheduled', 'rebudgeted', 'reassigned']);
    return detail ? `${main} (${detail})` : main;
}

/** The report's sections; empty sections are left out. */
export function diffSections(diff: WorkspaceDiff, locale: Locale): DiffSection[] {
    const sections: DiffSection[] = [];
    const add = (id: string, title: DiffWord, groups: DiffGroup[]) => {
        if (groups.some(g => g.entries.length > 0)) {
            sections.push({ id, title: diffWord(title, locale), groups });
        }
    };
    const words = new DiffWords(diff.names, locale);
    const details = (scope: string, props: readonly PropertyChange[], change: ChangeKind) =>
        change === 'added' || change === 'removed' ? [] : props.map(p => words.line(scope, p));
    const at = (source: { uri: string; line: number } | undefined) => source && { uri: source.uri, line: source.line };

    add('pemda', 'pemda', [{ entries: diff.pemda.length ? [{ sign: '~', headline: diff.pemdaTitle ?? 'pemda', details: diff.pemda.map(p => words.line('pemda', p)) }] : [] }]);
    add('opd', 'opds', [{
        entries: diff.opds.map(o => ({
            sign: signOf[o.change], headline: `${o.title || words.opd(o.code)} — ${diffWord(o.change, locale)}`,
            details: details('opd', o.properties, o.change), target: at(o.source)
        }))
    }]);

    const byOpd = new Map<string, typeof diff.elements[number][]>();
    diff.elements.forEach(e => pushTo(byOpd, e.opd, e));
    add('elements', 'elements', [...byOpd].map(([opd, changes]) => ({
        title: words.opd(opd),
        entries: changes.map(e => ({
            sign: signOf[e.change],
            // A rename changes only the identifier, so that is what it shows.
            headline: `${words.kind(e.kind)}${quoted(e.title || e.id)} — ${diffWord(e.change, locale)}${e.renamedFrom ? ` (${diffWord('was', locale)} ${e.renamedFrom})` : ''}`,
            details: details(e.kind, e.properties, e.change),
            target: at(e.source)
        }))
    })));

    add('references', 'refs', [{
        entries: diff.crossOpdReferences.map(r => ({
            sign: r.change === 'added' ? '+' : '-', headline: `${words.element(r.from)} — ${words.property(r.property)}: ${words.value('', r.property, r.target)}`, details: [], target: r.change === 'added' ? at(r.source) : undefined
        }))
    }]);

    add('items', 'items', [{
        entries: diff.items.map(i => {
            const lines: string[] = [];
            const tags: string[] = [diffWord(i.change, locale)];
            if (i.rescheduled) {
                tags.push(diffWord('rescheduled', locale));
                lines.push(`${diffWord('schedule', locale)}: ${i.rescheduled.old || '∅'} → ${i.rescheduled.new || '∅'}`);
            }
            if (i.rebudgeted) {
                tags.push(diffWord('rebudgeted', locale));
                for (const y of i.rebudgeted.years) {
                    lines.push(`${words.property(`anggaran ${y.year}`)}: ${amountChange(amountText(y.old, locale), amountText(y.new, locale), y.old, y.new, locale)}`);
                }
                const { oldTotal, newTotal } = i.rebudgeted;
                lines.push(`${diffWord('total', locale)}: ${amountChange(totalText(oldTotal, locale), totalText(newTotal, locale), oldTotal.amount, newTotal.amount, locale)}`);
            }
            if (i.reassigned) {
                tags.push(diffWord('reassigned', locale));
                appendAll(lines, i.reassigned.map(p => words.line('item', p)));
            }
            if (i.change !== 'changed' || i.properties.length > 0 || tags.length === 1) {
                appendAll(lines, details('item', i.properties, i.change));
            }
            const shownTags = i.change === 'changed' && tags.length > 1 ? tags.slice(1) : tags;
            return {
                sign: signOf[i.change],
                headline: `${words.item(i.name)} — ${shownTags.join(', ')}${i.renamedFrom ? ` (${diffWord('was', locale)} ${i.renamedFrom})` : ''}`,
                details: lines,
                target: at(i.source)
            };
        })
    }]);

    add('findings', 'findings', diff.findings.map(f => ({
        title: `${f.code}: ${f.introduced.length} ${diffWord('introduced', locale)}, ${f.resolved.length} ${diffWord('resolved', locale)}`,
        entries: [
            ...f.introduced.map(x => ({ sign: '+' as const, headline: `${x.file}:${x.line} ${x.message}`, details: [], target: { file: x.file, line: x.line - 1 } })),
            ...f.resolved.map(x => ({ sign: '-' as const, headline: `${x.file}:${x.line} ${x.message}`, details: [] }))
        ]
    })));

    add('index', 'index', [{
        entries: diff.index.map(c => ({
            sign: c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~',
            headline: `${words.property('penilaian')} ${c.year} ${words.framework(c.framework)}: ${indexSide(c.oldIndex, locale)} → ${indexSide(c.newIndex, locale)}`,
            details: c.levels.map(p => words.level(c.framework, p)),
            target: at(c.source)
        }))
    }]);
    return sections;
}
