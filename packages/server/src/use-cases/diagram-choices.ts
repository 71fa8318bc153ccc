import type { SpbeModel } from 'spbe-model';

/** The OPDs and periode a diagram export may choose from. */
export interface DiagramChoiceList {
    readonly opds: ReadonlyArray<{ readonly code: string; readonly title: string }>;
    readonly periode?: { readonly start: number; readonly end: number };
}

/** The declared (not built-in) OPDs and the periode of a model: what `opd:<KODE>` and a year may be. */
export function diagramChoices(model: SpbeModel): DiagramChoiceList {
    const periode = model.pemda?.periode;
    return {
        opds: model.opds.filter(o => !o.builtin).map(o => ({ code: o.code, title: o.title ?? o.code })),
        periode: periode && { start: periode.start, end: periode.end }
    };
}
