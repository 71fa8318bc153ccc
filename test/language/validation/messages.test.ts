import { afterEach, describe, expect, test } from 'vitest';
import { AllIssueCodes, IssueCatalog, IssueCodes, hasMessage, message, toLocale } from 'spbe-model';
import { createTestServices } from '../../helpers/test-services.js';

const t = createTestServices();
afterEach(() => { t.services.spbe.Settings.locale = 'id'; return t.clear(); });

describe('messages', () => {
    test('every code of spec §5 has an Indonesian and an English message and a catalog entry', () => {
        // The 41 codes of spec §5 (v2) and `internal-error` (the tools failed: not a rule of the language).
        expect(AllIssueCodes).toHaveLength(42);
        for (const code of AllIssueCodes) {
            expect(hasMessage(code), code).toBe(true);
            expect(message(code, 'id', {})).not.toBe(message(code, 'en', {}));
            expect(IssueCatalog[code], code).toBeDefined();
        }
    });

    test('Indonesian by default, English when the locale says so', async () => {
        const id = await t.load({ 'a.spbe': 'opd A {}' });
        expect(id.withCode(IssueCodes.OpdMissingPic)[0].message).toBe("OPD 'A' belum mencantumkan PIC (`pic`).");
        await t.clear();
        t.services.spbe.Settings.locale = 'en';
        const en = await t.load({ 'a.spbe': 'opd A {}' });
        expect(en.withCode(IssueCodes.OpdMissingPic)[0].message).toBe("OPD 'A' has no PIC (`pic`).");
    });

    test('syntax and linking diagnostics carry the spec codes', async () => {
        const ws = await t.load({ 'a.spbe': 'opd A { aplikasi X { hosting NOPE } }\nopd ??? {}' });
        expect(ws.codes()).toContain(IssueCodes.Syntax);
        expect(ws.codes()).toContain(IssueCodes.UnresolvedReference);
        expect(ws.diagnostics().every(d => d.source === 'spbe')).toBe(true);
    });

    test('client locales map to ours', () => {
        expect(toLocale('en-US')).toBe('en');
        expect(toLocale('id')).toBe('id');
        expect(toLocale(undefined)).toBe('id');
        expect(toLocale('de')).toBe('id');
    });
});
