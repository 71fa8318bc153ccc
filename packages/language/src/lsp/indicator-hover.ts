import { editorLabel as label, EvaluationFrameworks, findIndicator, formatNumber, isEntryUnverified, type Locale } from 'spbe-model';
import { tagInWords } from './reference-wording.js';

/**
 * The hover of an indicator id (`pemdi2025.I02`, or `I02` in a `penilaian`), as Markdown: name, aspect,
 * weight, level names and framework, read from the reference data alone. A name that rests on a single
 * source carries the entry's confidence in words, a weight that does carries "belum diverifikasi".
 * Undefined for an id the framework does not have.
 */
export function indicatorHoverText(framework: string, id: string, locale: Locale): string | undefined {
    const indicator = findIndicator(framework, id);
    const model = EvaluationFrameworks[framework];
    if (!indicator || !model) {
        return undefined;
    }
    const aspect = model.aspects.find(a => a.id === indicator.aspect);
    const family = model.levelFamilies[indicator.levelFamily];
    // A family whose level names no source gives shows the numbers alone (pemdi2026; its family is unverified).
    const levels = family && family.levels.length === 0 ? '1 · 2 · 3 · 4 · 5' : family?.levels.map((name, i) => `${i + 1} ${name}`).join(' · ') ?? '';
    const unverified = ` _(${label('unverified', locale)})_`;
    // Frameworks without per-entry provenance say nothing about single names; their weights follow `weightsUnverified`.
    const nameNote = indicator.confidence && indicator.confidence !== 'confirmed' ? ` _(${tagInWords(indicator.confidence, locale)})_` : '';
    const weight = formatNumber(indicator.weight, locale);
    // The notes of the reference data are written in English; they are shown only to English readers.
    const note = locale === 'en' && indicator.note ? [indicator.note] : [];
    return [
        `**${framework}.${id}** — ${indicator.name}${nameNote}`,
        `${label('aspect', locale)}: ${aspect?.name ?? indicator.aspect} · ${label('weight', locale)}: ${weight}%${isEntryUnverified(model, indicator) ? unverified : ''}`,
        `${label('levels', locale)}: ${levels}${family?.unverified ? unverified : ''}`,
        ...note,
        model.title
    ].join('\n\n');
}
