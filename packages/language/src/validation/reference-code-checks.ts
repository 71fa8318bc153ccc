import type { ValidationCheck } from 'langium';
import type * as ast from '../generated/ast.js';
import { findReferenceCode, RefPrefixByKind } from 'spbe-model';
import { kindKeyword } from 'spbe-model';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { reporter } from './_shared.js';
import { IssueCodes } from 'spbe-model';

/** `ref` codes must exist in the selected national list (or as kodeLokal) and match the element's domain. */
export const checkRefCode = (services: SpbeCoreServices): ValidationCheck<ast.Element> => (element, accept) => {
    if (element.ref.length === 0) {
        return;
    }
    const report = reporter(services, accept);
    const facts = services.spbe.WorkspaceFacts.get();
    const version = facts.referenceVersion;
    const local = facts.localCodes;
    const expected = RefPrefixByKind[element.$type];
    element.ref.forEach((code, index) => {
        const prefix = code.split('.')[0];
        if (prefix !== expected) {
            report(IssueCodes.RefCodeWrongDomain, {
                kind: kindKeyword(element.$type), expected: expected ?? '(tanpa kode)', code
            }, { node: element, property: 'ref', index, data: { expected } });
        } else if (!findReferenceCode(version, code) && !local.has(code)) {
            report(IssueCodes.RefCodeUnknown, { code, version }, { node: element, property: 'ref', index });
        }
    });
};

/** A kodeLokal extends a national code or another kodeLokal (spec §7). */
export const checkLocalCode = (services: SpbeCoreServices): ValidationCheck<ast.KodeLokal> => (kode, accept) => {
    // No code at all (`kodeLokal , "x"`) is the syntax error only.
    if (kode.code === undefined) {
        return;
    }
    const segments = kode.code.split('.');
    const parent = segments.slice(0, -1).join('.');
    const facts = services.spbe.WorkspaceFacts.get();
    if (findReferenceCode(facts.referenceVersion, parent) || facts.localCodes.has(parent)) {
        return;
    }
    reporter(services, accept)(IssueCodes.LocalCodeWithoutParent, { code: kode.code, parent }, { node: kode, property: 'code' });
};
