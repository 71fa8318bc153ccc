import type { Bilingual } from './bilingual.js';
import type { Locale } from './messages.js';

/** The stages of loading and checking a workspace, named in internal-error messages. */
const stageNames: Readonly<Record<string, Bilingual>> = {
    parsing: { id: 'penguraian', en: 'parsing' },
    linking: { id: 'penautan referensi', en: 'linking' },
    validation: { id: 'validasi', en: 'validation' },
    build: { id: 'pemuatan ruang kerja', en: 'workspace build' },
    model: { id: 'model semantik', en: 'semantic model' },
    check: { id: 'pemeriksaan', en: 'check' }
};

/** A stage's name in words, or undefined for a stage without one. */
export function stageLabel(stage: string, locale: Locale): string | undefined {
    return stageNames[stage]?.[locale];
}
