/**
 * Every code point XML 1.0 cannot carry (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone
 * surrogates): one in word/document.xml makes a DOCX Word and LibreOffice refuse to open.
 */
const xmlIllegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Controls that separate words (vertical tab, form feed, next line): a space, as any other whitespace. */
const controlSpaces = /[\u000B\u000C\u0085]/g;

/**
 * Controls XML allows but no font draws (DEL and the C1 controls), and the Arabic letter mark, which DejaVu
 * Sans lacks and no renderer here applies: each would print as an empty box or "�".
 */
const otherControls = /[\u007F-\u009F\u061C]/g;

/** Embedding and override openers (LRE, RLE, LRO, RLO) closed by PDF; isolate openers (LRI, RLI, FSI) closed by PDI. */
const embeddingOpeners = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const isolateOpeners = new Set(['\u2066', '\u2067', '\u2068']);
const popDirectional = '\u202C';
const popIsolate = '\u2069';

/**
 * `line` without the bidi controls it leaves open or closes without opening. An RLO a title leaves open
 * would reverse the rest of the sentence (a budget, a periode) in Word; balanced pairs and every letter
 * stay, so Arabic or Hebrew titles, with or without their own marks, read as written.
 */
function balanceBidi(line: string): string {
    const chars = Array.from(line);
    const open: number[] = [];
    const drop = new Set<number>();
    chars.forEach((c, i) => {
        if (embeddingOpeners.has(c) || isolateOpeners.has(c)) {
            open.push(i);
        } else if (c === popDirectional) {
            const top = open[open.length - 1];
            if (top !== undefined && embeddingOpeners.has(chars[top]!)) {
                open.pop();
            } else {
                drop.add(i);
            }
        } else if (c === popIsolate) {
            let isolate = open.length - 1;
            while (isolate >= 0 && !isolateOpeners.has(chars[open[isolate]!]!)) {
                isolate--;
            }
            if (isolate < 0) {
                drop.add(i);
            } else {
                // A PDI also closes the embeddings opened inside its isolate; those had no PDF of their own.
                open.splice(isolate).slice(1).forEach(j => drop.add(j));
            }
        }
    });
    open.forEach(j => drop.add(j));
    return drop.size === 0 ? line : chars.filter((_, i) => !drop.has(i)).join('');
}

/** Combining marks one letter carries at most when drawn: no script stacks more (Vietnamese two, Tibetan four or five). */
export const MaxStackedMarks = 8;
const markRun = new RegExp(`\\p{M}{${MaxStackedMarks + 1},}`, 'gu');

/**
 * `text` as every renderer may write it (DOCX, PDF, SVG): separating controls a space, XML-illegal code points,
 * DEL, C1 controls and the Arabic letter mark removed, bidi controls
 * balanced per line, a run of combining marks cut to `MaxStackedMarks` (3,000 accents on one letter,
 * "Zalgo" text, drew a tower over the whole page in Word and LibreOffice). Shared so that a title reads
 * the same in a document's text and in its diagrams.
 */
export function drawableText(text: string): string {
    const legal = text.replace(controlSpaces, ' ').replace(xmlIllegal, '').replace(otherControls, '').replace(markRun, run => Array.from(run).slice(0, MaxStackedMarks).join(''));
    return /[\u202A-\u202E\u2066-\u2069]/.test(legal) ? legal.split('\n').map(balanceBidi).join('\n') : legal;
}

