#!/usr/bin/env node
// Checked before anything else is loaded: the language engine needs Node.js 22 or newer
// (Langium 4.3+ uses Object.groupBy), and a stack trace from deep inside it would help nobody.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    process.stderr.write(
        `spbe: Node.js 22 or newer is required, but this is Node.js ${process.versions.node}.\n` +
        'Run it through the repository\'s scripts (npx spbe …, npm run spbe -- …), which bring Node.js 22,\n' +
        'or install Node.js 22 LTS.\n');
    process.exit(2);
}
// A reader that stops early (`spbe export inventory | head -3`) closes the pipe: stop printing but
// finish the command, so that every file is still written, instead of dying on EPIPE.
process.stdout.on('error', error => {
    if (error.code !== 'EPIPE') {
        throw error;
    }
});
const { main } = await import('../out/main.js');
process.exitCode = await main(process.argv);
