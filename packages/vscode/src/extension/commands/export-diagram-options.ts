// The choices of "SPBE: Export Diagram…" and where a result opens, without `vscode`, so that they
// are unit-tested. Texts go through `t` (the extension passes `vscode.l10n.t`; `{0}` placeholders).

import type { DiagramChoices, DiagramFormat } from 'spbe-server/protocol';
import { DiagramViewTitles } from 'spbe-server/protocol';

export type Translate = (message: string, ...args: Array<string | number>) => string;
const identity: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

export interface ViewItem {
    readonly label: string;
    readonly description: string;
    /** The view as the server takes it: layered, integrasi, gap or opd:<KODE>. */
    readonly view: string;
    readonly kind?: 'separator';
}

/**
 * The views offered: the three whole-pemda views, then one per OPD of the workspace (titled, code as
 * description), the OPD of the active file first. A separator item (`kind: 'separator'`) heads the OPDs.
 */
export function viewItems(choices: DiagramChoices, activeOpd: string | undefined, t: Translate = identity, locale: 'id' | 'en' = 'en'): ViewItem[] {
    // The view names are the diagrams' own titles (one table in the language package).
    const whole: ViewItem[] = [
        { label: DiagramViewTitles.layered[locale], description: t('OPD containers per band, references bundled with counts'), view: 'layered' },
        { label: DiagramViewTitles.integrasi[locale], description: t('OPDs, data use, application use, integrasi'), view: 'integrasi' },
        { label: DiagramViewTitles.gap[locale], description: t('as-is → to-be: added, retired, unchanged'), view: 'gap' }
    ];
    const opds = [...choices.opds].sort((a, b) => Number(b.code === activeOpd) - Number(a.code === activeOpd) || a.code.localeCompare(b.code));
    const perOpd = opds.map(o => ({
        label: t('OPD {0}', o.title),
        description: o.code === activeOpd ? t('{0} · the active file', o.code) : o.code,
        view: `opd:${o.code}`
    }));
    return perOpd.length ? [...whole, { label: t('Per OPD'), description: '', view: '', kind: 'separator' }, ...perOpd] : whole;
}

export interface YearItem {
    readonly label: string;
    readonly description?: string;
    /** Undefined: every element, whatever its years. */
    readonly year?: number;
}

/** "All years" and every year of the periode (none when the workspace has no periode). */
export function yearItems(periode: DiagramChoices['periode'], t: Translate = identity): YearItem[] {
    const all: YearItem = { label: t('All years'), description: t('every element, whatever its status') };
    if (!periode || periode.end < periode.start) {
        return [all];
    }
    const years = Array.from({ length: periode.end - periode.start + 1 }, (_, i) => periode.start + i);
    return [all, ...years.map(year => ({
        label: String(year),
        description: year === periode.start ? t('as-is (start of the periode)') : year === periode.end ? t('to-be (end of the periode)') : undefined,
        year
    }))];
}

export interface FormatItem {
    readonly label: string;
    readonly description: string;
    readonly picked?: boolean;
}

/**
 * The formats with what each is for; SVG is preselected. Keyed by the generator's format type, so
 * the picker offers exactly the formats the diagram generator has (a missing or unknown one does not compile).
 */
export function formatItems(t: Translate = identity): FormatItem[] {
    const descriptions: Record<DiagramFormat, string> = {
        svg: t('picture, opens in the image preview'),
        png: t('picture for documents and slides'),
        mermaid: t('text for Markdown (GitHub, GitLab)'),
        plantuml: t('text for PlantUML'),
        dot: t('text for Graphviz'),
        archimate: t('ArchiMate exchange file for Archi')
    };
    return Object.entries(descriptions).map(([label, description]) => label === 'svg' ? { label, description, picked: true } : { label, description });
}

/**
 * How a written file opens: a picture (SVG, PNG) in VS Code's image preview (`vscode.open`), an HTML
 * page in the browser, text formats as text. Never an SVG as its XML source.
 */
export function openWith(file: string): 'image' | 'browser' | 'text' {
    if (/\.(svg|png)$/i.test(file)) {
        return 'image';
    }
    return /\.html?$/i.test(file) ? 'browser' : 'text';
}
