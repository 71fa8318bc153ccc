// The diagram app's bundle entry: one script for the VS Code preview and the static site's pages.
import { diagramAppWord } from 'spbe-model';
import { startPreview } from './preview-app.js';
import type { SiteDiagrams } from '../site-diagram-data.js';
import { pageLocale } from './page-locale.js';
import { staticHost } from './static-host.js';
import { inVsCode, vscodeHost } from './vscode-host.js';

const site = (globalThis as { SpbeSiteDiagrams?: SiteDiagrams }).SpbeSiteDiagrams;
const locale = pageLocale();
if (inVsCode()) {
    startPreview(vscodeHost(), locale);
} else if (site) {
    startPreview(staticHost(site, locale), locale);
} else {
    const status = document.getElementById('status');
    if (status) {
        status.textContent = diagramAppWord('noData', locale);
    }
}
