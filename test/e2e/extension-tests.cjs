// Runs inside the VS Code extension host (code-server's VS Code server, or desktop VS Code through
// @vscode/test-electron) with the real `vscode` API, against a copy of examples/kota-kediri.
// Prints `N passed, N failed` and throws when anything failed, which makes the host exit non-zero.
const vscode = require('vscode');
const assert = require('node:assert/strict');
const path = require('node:path');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

function root() {
    return vscode.workspace.workspaceFolders[0].uri;
}
function file(relative) {
    return vscode.Uri.joinPath(root(), relative);
}
const codeOf = d => (typeof d.code === 'object' ? d.code.value : d.code);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function waitFor(what, predicate, timeoutMs = 60000) {
    const start = Date.now();
    for (;;) {
        const value = await predicate();
        if (value) {
            return value;
        }
        if (Date.now() - start > timeoutMs) {
            throw new Error(`timed out waiting for ${what}`);
        }
        await sleep(200);
    }
}

async function open(relative) {
    const document = await vscode.workspace.openTextDocument(file(relative));
    await vscode.window.showTextDocument(document);
    return document;
}

function positionOf(document, text, delta = 0) {
    const offset = document.getText().indexOf(text);
    assert.ok(offset >= 0, `'${text}' not found in ${document.uri.path}`);
    return document.positionAt(offset + delta);
}

test('the extension activates and the server publishes a cross-OPD diagnostic', async () => {
    await open('opd/dinsos.spbe');
    const extension = vscode.extensions.getExtension('spbe-tools.spbe-vscode');
    assert.ok(extension, 'extension installed');
    await waitFor('activation', () => extension.isActive);
    const diagnostic = await waitFor('cross-opd-data-not-shared in dinsos.spbe',
        () => vscode.languages.getDiagnostics(file('opd/dinsos.spbe')).find(d => codeOf(d) === 'cross-opd-data-not-shared'));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.source, 'spbe');
    // Indonesian by default (no spbe.locale set, English VS Code), and the code links to its rule page, not to the Markdown source.
    assert.match(diagnostic.message, /milik .* dipakai oleh .* tetapi tidak dibagipakaikan/);
    assert.equal(diagnostic.code.target.scheme, 'command');
    assert.equal(diagnostic.code.target.path, 'spbe.showRule');
    assert.deepEqual(JSON.parse(diagnostic.code.target.query), ['cross-opd-data-not-shared']);
    const rule = await vscode.commands.executeCommand('spbe.showRule', 'cross-opd-data-not-shared');
    assert.equal(rule.locale, 'id');
    assert.match(rule.markdown, /Data OPD lain yang tidak terbuka dipakai tanpa dibagipakaikan kepada pemakainya \(`bagiPakai`\)/);
    await waitFor('the rule tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
        .find(t => t.input instanceof vscode.TabInputWebview && /spbe\.rule/.test(t.input.viewType) && t.label === 'SPBE: aturan cross-opd-data-not-shared'), 10000);
});

test('completion offers another OPD\'s infrastructure qualified, and only infrastructure', async () => {
    const document = await open('opd/dinsos.spbe');
    const position = positionOf(document, 'hosting DISKOMINFO.DC_KEDIRI', 'hosting '.length);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('DISKOMINFO.DC_KEDIRI'), labels.slice(0, 20).join(', '));
    assert.ok(labels.includes('nasional.PDN'));
    assert.ok(!labels.includes('DISKOMINFO.SURGA'), 'an aplikasi is not offered for hosting');
});

test('hover shows kind, owner and users', async () => {
    const document = await open('opd/diskominfo.spbe');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, positionOf(document, 'aplikasi SURGA', 'aplikasi '.length));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*aplikasi\*\* `DISKOMINFO\.SURGA`/);
    assert.match(text, /Dipakai oleh: /);
});

test('go to definition opens the read-only national library', async () => {
    const document = await open('opd/setda.spbe');
    const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'nasional.SRIKANDI', 'nasional.'.length));
    const target = locations[0].targetUri ?? locations[0].uri;
    assert.equal(target.scheme, 'spbe-builtin');
    const library = await vscode.workspace.openTextDocument(target);
    assert.match(library.getText(), /opd nasional/);
});

test('outline groups elements by OPD and kind', async () => {
    const document = await open('opd/bappeda.spbe');
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols[0].name, 'BAPPEDA');
    assert.deepEqual(symbols[0].children.map(c => c.name), ['probis', 'data', 'aplikasi', 'layanan']);
});

test('rename of an OPD code edits every file that qualifies its elements', async () => {
    const document = await open('opd/dishub.spbe');
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, positionOf(document, 'opd DISHUB', 4), 'DISHUB_BARU');
    const files = edit.entries().map(([uri]) => path.basename(uri.path)).sort();
    assert.deepEqual(files, ['dishub.spbe', 'diskominfo.spbe']);
});

test('the quick fix adds the bagiPakai grant in the owner\'s file; the warning goes away before saving', async () => {
    const dinsos = file('opd/dinsos.spbe');
    const diagnostic = vscode.languages.getDiagnostics(dinsos).find(d => codeOf(d) === 'cross-opd-data-not-shared');
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', dinsos, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => a.title === 'Bagi pakai Data Kependudukan (NIK dan KK) dengan Dinas Sosial (di opd/dispendukcapil.spbe)');
    assert.ok(fix, actions.map(a => a.title).join(' | '));
    // What the lightbulb does: apply the edit, then run the action's command (the server's re-check).
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const owner = await vscode.workspace.openTextDocument(file('opd/dispendukcapil.spbe'));
    assert.match(owner.getText(), /bagiPakai BAPPEDA, DINKES, BAPENDA, DINSOS/);
    assert.ok(owner.isDirty);
    await waitFor('the warning to disappear while the owner\'s file is unsaved',
        () => !vscode.languages.getDiagnostics(dinsos).some(d => codeOf(d) === 'cross-opd-data-not-shared'));
    await owner.save();
});

test('formatting returns edits that keep the file valid', async () => {
    const document = await open('peta-rencana.spbe');
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
    assert.ok(Array.isArray(edits));
});

test('SPBE: Generate Roadmap writes the documents into the output folder', async () => {
    const files = await vscode.commands.executeCommand('spbe.generateRoadmap', ['html', 'xlsx']);
    const names = files.map(f => path.basename(f)).sort();
    assert.deepEqual(names, ['peta-rencana.html', 'peta-rencana.xlsx']);
    for (const f of files) {
        assert.ok(f.startsWith(path.join(root().fsPath, 'out')), f);
        const stat = await vscode.workspace.fs.stat(vscode.Uri.file(f));
        assert.ok(stat.size > 1000, `${f} is ${stat.size} bytes`);
    }
});

test('SPBE: Export Diagram writes SVG and PNG (resvg.wasm and the font from the .vsix) into the output folder', async () => {
    const files = await vscode.commands.executeCommand('spbe.exportDiagram', { view: 'integrasi', formats: ['svg', 'png'] });
    assert.deepEqual(files.map(f => path.basename(f)).sort(), ['diagram-integrasi.png', 'diagram-integrasi.svg']);
    const png = await vscode.workspace.fs.readFile(vscode.Uri.file(files.find(f => f.endsWith('.png'))));
    assert.deepEqual([...png.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.length > 10000, `PNG is ${png.length} bytes`);
    // The extension running (run-e2e.mjs runs it as installed from the .vsix) has resvg.wasm beside its
    // server and no native module.
    const fs = require('node:fs');
    const installed = vscode.extensions.getExtension('spbe-tools.spbe-vscode').extensionPath;
    assert.ok(fs.existsSync(path.join(installed, 'out', 'language-server', 'resvg.wasm')), `${installed} has out/language-server/resvg.wasm`);
    assert.deepEqual(fs.readdirSync(installed, { recursive: true }).filter(f => /\.node$/.test(f)), []);
});

test('SPBE: Validate Workspace returns the workspace summary', async () => {
    const summary = await vscode.commands.executeCommand('spbe.validateWorkspace');
    assert.equal(summary.files, 40);
    assert.equal(summary.errors, 0);
});

test('SPBE: Compare with Revision reports an unsaved edit against the committed version in a webview, without saving', async () => {
    const document = await open('opd/disarpus.spbe');
    const edit = new vscode.WorkspaceEdit();
    const offset = document.getText().indexOf('"', document.getText().indexOf('opd DISARPUS'));
    edit.insert(document.uri, document.positionAt(offset + 1), 'Reviu ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const result = await vscode.commands.executeCommand('spbe.compareWithRevision', 'HEAD');
    assert.equal(result.empty, false);
    assert.match(result.oldLabel, /^git HEAD \([0-9a-f]{10}\)$/);
    assert.equal(result.unsaved, 1, 'the unsaved editor is compared as an overlay');
    assert.equal(document.isDirty, true, 'the command never saves behind the user\'s back');
    assert.ok(!require('node:fs').readFileSync(document.uri.fsPath, 'utf-8').includes('Reviu '), 'the file on disk is untouched');
    await waitFor('the review webview tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
        .find(t => t.input instanceof vscode.TabInputWebview && /spbe\.review/.test(t.input.viewType) && t.label.startsWith('Tinjauan SPBE')), 10000);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('SPBE: Import OPD Inventory writes a new OPD file from CSV sheets; Export Inventory writes it back out', async () => {
    const fs = require('node:fs');
    const os = require('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-e2e-inv-'));
    fs.writeFileSync(path.join(dir, 'inventaris-opd.csv'), 'Kode OPD,Nama OPD,PIC\r\nDISBARU,Dinas Baru,Kepala Subbag Program\r\n');
    fs.writeFileSync(path.join(dir, 'inventaris-aplikasi.csv'), 'OPD,ID,Nama,Fungsi,Hosting\r\nDISBARU,,Aplikasi Layanan Baru,sektoral,DISKOMINFO.DC_KEDIRI\r\n');
    const files = ['inventaris-opd.csv', 'inventaris-aplikasi.csv'].map(f => path.join(dir, f));
    const result = await vscode.commands.executeCommand('spbe.importInventory', { files, opds: ['DISBARU'] });
    assert.deepEqual(result.problems, []);
    assert.equal(result.written, true);
    const text = fs.readFileSync(file('opd/disbaru.spbe').fsPath, 'utf-8');
    assert.match(text, /aplikasi APLIKASI_LAYANAN_BARU "Aplikasi Layanan Baru" \{/);
    const exported = await vscode.commands.executeCommand('spbe.exportInventory', ['csv']);
    const csv = exported.find(f => f.endsWith('inventaris-aplikasi.csv'));
    assert.ok(csv, 'the aplikasi sheet is exported');
    await waitFor('the new OPD in the export', () => /DISBARU[,;]APLIKASI_LAYANAN_BARU/.test(fs.readFileSync(csv, 'utf-8')), 5000);
});

test('SPBE: Open Preview builds the layered view of the workspace for the webview', async () => {
    await open('peta-rencana.spbe');
    const handle = await vscode.commands.executeCommand('spbe.openPreview', { view: 'layered' });
    const payload = handle.payload ?? await handle.nextPayload();
    assert.equal(payload.params.view, 'layered');
    assert.ok(payload.nodes.length > 100, `${payload.nodes.length} nodes`);
    assert.ok(payload.nodes.some(n => n.elementId === 'DISKOMINFO.SURGA' && n.source && n.source.uri.endsWith('/opd/diskominfo.spbe')));
    await waitFor('the preview tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
        .find(t => t.input instanceof vscode.TabInputWebview && /spbe\.preview/.test(t.input.viewType)), 10000);
});

test('a file created and then deleted outside the editor runs the workspace-wide checks in the files it did not touch', async () => {
    const fs = require('node:fs');
    const copy = file('opd/salinan-dinkes.spbe').fsPath;
    const duplicateInDinkes = () => vscode.languages.getDiagnostics(file('opd/dinkes.spbe')).some(d => codeOf(d) === 'duplicate-name');
    assert.ok(!duplicateInDinkes());
    // What a `git checkout` does: the file appears on disk; no editor opens or saves it.
    fs.writeFileSync(copy, 'opd DINKES "Salinan Dinas Kesehatan" {\n    pic "Kepala Subbagian Program"\n}\n');
    try {
        await waitFor('duplicate-name in dinkes.spbe, which nobody touched', duplicateInDinkes);
    } finally {
        fs.rmSync(copy, { force: true });
    }
    await waitFor('the duplicate to go with the file', () => !duplicateInDinkes());
});

exports.run = async function run() {
    let passed = 0;
    let failed = 0;
    for (const t of tests) {
        try {
            await t.fn();
            passed++;
            console.log(`ok - ${t.name}`);
        } catch (error) {
            failed++;
            console.log(`not ok - ${t.name}: ${error && error.stack || error}`);
        }
    }
    console.log(`${passed} passed, ${failed} failed`);
    if (failed > 0) {
        throw new Error(`${failed} extension-host test(s) failed`);
    }
};
