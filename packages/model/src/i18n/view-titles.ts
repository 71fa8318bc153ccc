/**
 * The names of the diagram views, in Indonesian and English: the diagrams' titles and the editor's
 * view pickers use these (one source for both). `opd` and `gap` titles are completed by their caller.
 */
export const DiagramViewTitles = {
    layered: { id: 'Arsitektur SPBE berlapis', en: 'Layered SPBE architecture' },
    opd: { id: 'Arsitektur OPD', en: 'OPD architecture' },
    integrasi: { id: 'Peta integrasi lintas OPD', en: 'Cross-OPD integration map' },
    gap: { id: 'Analisis gap', en: 'Gap analysis' }
} as const;
