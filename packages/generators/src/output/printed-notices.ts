/**
 * (v2 §6) CSS that prints the document notices (the example banner, the `--allow-errors` notice) in
 * the top margin of every printed page of an HTML document: a CSS page-margin box, which Chromium
 * (131+) and print engines that implement CSS Paged Media draw. Empty when there is no notice.
 * Browsers without margin boxes still print the notices at the top of the first page.
 */
export function printedNoticesCss(notices: readonly string[]): string {
    if (notices.length === 0) {
        return '';
    }
    // A CSS string: backslash and quote escaped, line breaks as spaces, `<` as its code so the text can
    // never close the <style> element.
    const text = notices.join(' · ').replace(/[\\"]/g, c => `\\${c}`).replace(/[\r\n]+/g, ' ').replace(/</g, '\\3C ');
    return `@page { @top-center { content: "${text}"; color: #C00000; font: bold 9pt 'DejaVu Sans', Arial, sans-serif; } }\n`;
}
