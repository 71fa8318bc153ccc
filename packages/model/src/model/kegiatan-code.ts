import type { JenisPemda } from './pemda-derivation.js';

/**
 * Kepmendagri nomenclature codes of a roadmap item's `kegiatan` (spec §5.1 v2, domain §11.3):
 * a kegiatan is `U.BB.PP.L.KK` and a sub-kegiatan `U.BB.PP.L.KK.SSSS`, all digits, where `L` is the
 * government level the kegiatan belongs to: 1 provinsi, 2 kabupaten/kota.
 */
const codePattern = /^(\d)\.(\d{2})\.(\d{2})\.([12])\.(\d{2})(?:\.(\d{4}))?$/u;

export type KegiatanLevel = '1' | '2';

export interface KegiatanCode {
    readonly level: KegiatanLevel;
    /** Offset of the level digit in the code (always 8: after `U.BB.PP.`). */
    readonly levelOffset: number;
    readonly subKegiatan: boolean;
}

/** The parts of a kegiatan or sub-kegiatan code, or undefined when `value` is neither. */
export function parseKegiatanCode(value: string): KegiatanCode | undefined {
    const match = codePattern.exec(value);
    return match ? { level: match[4] as KegiatanLevel, levelOffset: 8, subKegiatan: match[6] !== undefined } : undefined;
}

/** The level digit the codes of a pemda of kind `jenis` carry. */
export function kegiatanLevelFor(jenis: JenisPemda): KegiatanLevel {
    return jenis === 'provinsi' ? '1' : '2';
}

/** `code` with its level digit replaced by `level` (the quick fix of `kegiatan-code-wrong-level`). */
export function withKegiatanLevel(code: string, level: KegiatanLevel): string {
    const parsed = parseKegiatanCode(code);
    return parsed ? code.slice(0, parsed.levelOffset) + level + code.slice(parsed.levelOffset + 1) : code;
}
