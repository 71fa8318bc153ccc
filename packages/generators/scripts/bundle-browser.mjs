// Bundles the browser code of spbe-generators into out/browser/: the diagram app (VS Code's preview
// and the static site's diagrams) and the static site's own script (search, sortable tables). Each is
// one classic script (IIFE): pages opened from file:// cannot load ES modules.
import { copyFileSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

await esbuild.build({
    bundle: true, platform: 'browser', target: 'es2022', format: 'iife', minify: true, logLevel: 'warning',
    entryPoints: { 'diagram-app': 'src/preview/webview/diagram-app.ts', 'site-client': 'src/site/client/site-client.ts' },
    outdir: 'out/browser'
});
mkdirSync('out/browser', { recursive: true });
copyFileSync('src/preview/webview/preview.css', 'out/browser/preview.css');
copyFileSync('src/site/client/site.css', 'out/browser/site.css');
