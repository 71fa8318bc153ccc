import { rangeText, type TestServices } from '../../helpers/test-services.js';

/** Loads files (the first is the one inspected) and returns the source text under each diagnostic of `code`. */
export async function marked(t: TestServices, code: string, text: string, extra: Record<string, string> = {}): Promise<string[]> {
    const ws = await t.load({ 'main.spbe': text, ...extra });
    return ws.withCode(code, 'main.spbe').map(d => rangeText(ws.documents['main.spbe'], d));
}
