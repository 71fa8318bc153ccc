// vsce packages only what is inside this folder: copy the generated TextMate grammar and the
// diagnostics documentation (the server links each diagnostic to it) from the repository root.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('syntaxes', { recursive: true });
copyFileSync('../../syntaxes/spbe.tmLanguage.json', 'syntaxes/spbe.tmLanguage.json');
mkdirSync('docs', { recursive: true });
copyFileSync('../../docs/diagnostics.md', 'docs/diagnostics.md');
copyFileSync('../../docs/diagnostics.id.md', 'docs/diagnostics.id.md');
copyFileSync('../../docs/language.md', 'docs/language.md');

// PNG export renders text with this font only, so diagrams look the same on every machine.
mkdirSync('fonts', { recursive: true });
for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE']) {
    copyFileSync(`../../node_modules/dejavu-fonts-ttf/${font === 'LICENSE' ? 'LICENSE' : 'ttf/' + font}`, `fonts/${font}`);
}

// The preview's style belongs to the diagram app in spbe-generators (the static site uses it too).
mkdirSync('media', { recursive: true });
copyFileSync('../generators/src/preview/webview/preview.css', 'media/preview.css');

// The static site's browser files (spbe build site, run by the bundled server) as spbe-generators
// built them: the server bundle reads them from out/browser/ beside its own folder.
mkdirSync('out/browser', { recursive: true });
for (const file of ['diagram-app.js', 'preview.css', 'site-client.js', 'site.css']) {
    copyFileSync(`../generators/out/browser/${file}`, `out/browser/${file}`);
}
