// The diagram app's bundle entry: one script for the VS Code preview and the static site's pages.
import { startPreview } from './preview-app.js';
import type { SiteDiagrams } from '../site-diagram-data.js';
import { staticHost } from './static-host.js';
import { inVsCode, vscodeHost } from './vscode-host.js';

const site = (globalThis as { SpbeSiteDiagrams?: SiteDiagrams }).SpbeSiteDiagrams;
if (inVsCode()) {
    startPreview(vscodeHost());
} else if (site) {
    startPreview(staticHost(site));
} else {
    const status = document.getElementById('status');
    if (status) {
        status.textContent = 'Data diagram tidak ditemukan.';
    }
}
