import type { ValidationCheck } from 'langium';
import type * as ast from '../generated/ast.js';
import { IssueCodes, jenisFromTitle, kegiatanLevelFor, parseKegiatanCode, type JenisPemda } from 'spbe-model';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { reporter } from './_shared.js';

/** (v2) A `kegiatan` entry that is not a Kepmendagri kegiatan or sub-kegiatan code; on the entry. */
export const checkKegiatanCodes = (services: SpbeCoreServices): ValidationCheck<ast.KegiatanList> => (list, accept) => {
    const report = reporter(services, accept);
    list.values.forEach((code, index) => {
        if (!parseKegiatanCode(code)) {
            report(IssueCodes.KegiatanCodeInvalid, { code }, { node: list, property: 'values', index });
        }
    });
};

const levelNames: Record<string, string> = { 1: 'provinsi', 2: 'kabupaten/kota' };

/**
 * (v2) A kegiatan code whose level digit does not fit the pemda: `1` (provinsi) in a kota/kabupaten,
 * `2` in a provinsi. The pemda's `jenis` is as written, else read from its title; unknown → no check.
 * Slow: the pemda is usually declared in another file.
 */
export const checkKegiatanLevel = (services: SpbeCoreServices): ValidationCheck<ast.KegiatanList> => (list, accept) => {
    const pemda = services.spbe.WorkspaceFacts.get().pemda;
    const jenis = (pemda?.jenis[0] as JenisPemda | undefined) ?? jenisFromTitle(pemda?.title);
    if (!jenis) {
        return;
    }
    const expected = kegiatanLevelFor(jenis);
    const report = reporter(services, accept);
    list.values.forEach((code, index) => {
        const parsed = parseKegiatanCode(code);
        if (parsed && parsed.level !== expected) {
            report(IssueCodes.KegiatanCodeWrongLevel, { code, level: parsed.level, levelName: levelNames[parsed.level], jenis, expected },
                { node: list, property: 'values', index, data: { level: expected } });
        }
    });
};
