import { IssueCodes } from '../findings/issue-codes.js';
import type { BilingualSentence, SentenceArgs } from './bilingual.js';
import { valueLabel } from './value-labels.js';
import { shownText, ShownNameMax } from './shown-text.js';

/** The languages of the tools, Indonesian first (the default). */
export const Locales = ['id', 'en'] as const;
export type Locale = typeof Locales[number];

/** Normalizes a client locale (`en-US`, `id`, `in-ID`…) to one of ours; Indonesian is the default. */
export function toLocale(value: string | undefined): Locale {
    return value?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

type Args = SentenceArgs;
type Template = BilingualSentence;

/**
 * Every message of spec §5, in Indonesian and English. Arguments are named so that the two languages
 * can order them differently.
 */
/** The English words of the Indonesian kind words duplicate-name is given (`describeTarget`). */
const EnglishKinds: Readonly<Record<string, string>> = { rencana: 'roadmap item', elemen: 'element' };

const templates: Record<string, Template> = {
    [IssueCodes.Syntax]: {
        id: a => `Kesalahan sintaks: ${a.detail}`,
        en: a => `Syntax error: ${a.detail}`
    },
    'syntax-utf8': {
        id: () => 'Berkas bukan UTF-8 yang valid (byte tidak valid diganti karakter pengganti).',
        en: () => 'File is not valid UTF-8 (invalid bytes were replaced by replacement characters).'
    },
    'syntax-unknown-escape': {
        id: a => `Escape \`${a.escape}\` tidak dikenal dalam teks; yang ada hanya \\" \\\\ \\n \\t. Tulis \\\\ untuk garis miring terbalik (mis. "C:\\\\data").`,
        en: a => `Unknown escape \`${a.escape}\` in a string; only \\" \\\\ \\n \\t exist. Write \\\\ for a backslash (e.g. "C:\\\\data").`
    },
    // A number the language cannot read (spec §2 v2); `dotted`/`underscored` are the spellings it was
    // probably meant as, or empty; when both are the same (`155`), it is suggested once.
    // An integer with a `_` at its end or two `_` side by side (`100_`, `1__0`); `digits` is it without them.
    'syntax-number-underscore': {
        id: a => `Angka \`${a.number}\` tidak dapat dibaca: \`_\` hanya boleh berada di antara dua angka, satu demi satu (mis. \`1_500_000\`). Mungkin maksudnya \`${a.digits}\`?`,
        en: a => `The number \`${a.number}\` cannot be read: a \`_\` may only stand between two digits, one at a time (e.g. \`1_500_000\`). Did you mean \`${a.digits}\`?`
    },
    'syntax-number': {
        id: a => `Angka \`${a.number}\` tidak dapat dibaca. Titik mengelompokkan ribuan (tepat tiga angka sesudah setiap titik) dan koma memulai desimal: tulis mis. \`1.500.000\` atau \`1_500_000\`, dan \`12,5\` untuk desimal.${a.dotted ? ` Mungkin maksudnya \`${a.dotted}\`${a.underscored && a.underscored !== a.dotted ? ` atau \`${a.underscored}\`` : ''}?` : ''}`,
        en: a => `The number \`${a.number}\` cannot be read. A dot groups thousands (exactly three digits after each dot) and a comma starts the decimal part: write e.g. \`1.500.000\` or \`1_500_000\`, and \`12,5\` for a decimal.${a.dotted ? ` Did you mean \`${a.dotted}\`${a.underscored && a.underscored !== a.dotted ? ` or \`${a.underscored}\`` : ''}?` : ''}`
    },
    // Parser errors in words (parser/syntax-problems.ts): `found` is what was written, `noun`/`here`/`owners`
    // name grammar rules in words (i18n/syntax-labels.ts), `allowed`/`expected` are lists in words.
    'syntax-value': {
        id: a => `\`${a.found}\` bukan ${a.noun} yang dikenal; gunakan ${a.allowed}.`,
        en: a => `\`${a.found}\` is not a known ${a.noun}; use ${a.allowed}.`
    },
    'syntax-value-missing': {
        id: a => `Di sini diharapkan ${a.noun} (${a.allowed}), tetapi tertulis \`${a.found}\`.`,
        en: a => `A ${a.noun} (${a.allowed}) is expected here, but \`${a.found}\` is written.`
    },
    'syntax-incomplete': {
        id: a => `Properti \`${a.found}\` di ${a.here} tidak dapat dibaca sampai habis; periksa nilai yang ditulis sesudahnya.`,
        en: a => `The property \`${a.found}\` in ${a.here} cannot be read to its end; check the value written after it.`
    },
    'syntax-misplaced': {
        id: a => `Properti \`${a.found}\` hanya berlaku untuk ${a.owners}, tidak di ${a.here}.`,
        en: a => `The property \`${a.found}\` applies only to ${a.owners}, not in ${a.here}.`
    },
    'syntax-not-property': {
        id: a => `\`${a.found}\` bukan properti ${a.here}; gunakan ${a.allowed}, atau tutup blok dengan \`}\`.`,
        en: a => `\`${a.found}\` is not a property of ${a.here}; use ${a.allowed}, or close the block with \`}\`.`
    },
    'syntax-unexpected': {
        id: a => `Tertulis ${a.found}, padahal di sini diharapkan ${a.expected}.`,
        en: a => `Found ${a.found} where ${a.expected} was expected.`
    },
    'syntax-unexpected-end': {
        id: a => `Berkas berakhir, padahal di sini diharapkan ${a.expected}.`,
        en: a => `The file ends where ${a.expected} was expected.`
    },
    'syntax-character': {
        id: a => `Karakter \`${a.found}\` tidak dikenal dalam bahasa .spbe.`,
        en: a => `The character \`${a.found}\` is not part of the .spbe language.`
    },
    'syntax-unclosed-string': {
        id: () => 'Teks tidak ditutup: tambahkan `"` di akhir teks pada baris ini.',
        en: () => 'Unterminated string: add `"` at the end of the text on this line.'
    },
    'syntax-unclosed-comment': {
        id: () => 'Komentar tidak ditutup: tambahkan `*/` di akhir komentar; sampai akhir berkas semuanya dianggap komentar.',
        en: () => 'Unterminated comment: add `*/` where the comment ends; everything up to the end of the file is read as comment.'
    },
    'syntax-string-too-long': {
        id: a => `Teks sepanjang ${a.length} karakter melebihi batas ${a.limit} karakter; persingkat teks ini.`,
        en: a => `A string of ${a.length} characters exceeds the limit of ${a.limit} characters; shorten it.`
    },
    'syntax-file-too-large': {
        id: a => `Berkas berukuran ${a.size} MB melebihi batas ${a.limit} MB dan tidak diperiksa; pecah menjadi beberapa berkas.`,
        en: a => `The file of ${a.size} MB exceeds the limit of ${a.limit} MB and was not checked; split it into several files.`
    },
    'syntax-unreadable': {
        id: a => `Berkas tidak dapat dibaca: ${a.detail}`,
        en: a => `File cannot be read: ${a.detail}`
    },
    // Internal failures: `stage` names what failed, `count` how many nodes it failed on.
    [IssueCodes.InternalError]: {
        id: a => `Galat internal: ${a.detail}. Temuan untuk berkas ini tidak lengkap; laporkan sebagai bug.`,
        en: a => `Internal error: ${a.detail}. The findings for this file are incomplete; please report this as a bug.`
    },
    'internal-error-check': {
        id: a => `Pemeriksaan ${a.check} gagal (galat internal${Number(a.count) > 1 ? `, ${a.count} kali` : ''}): ${a.detail}. Temuannya untuk berkas ini tidak lengkap; laporkan sebagai bug.`,
        en: a => `The check ${a.check} failed (internal error${Number(a.count) > 1 ? `, ${a.count} times` : ''}): ${a.detail}. Its findings for this file are incomplete; please report this as a bug.`
    },
    'internal-error-stage': {
        id: a => `Tahap ${a.stage} gagal untuk berkas ini (galat internal): ${a.detail}. Temuannya tidak lengkap; laporkan sebagai bug.`,
        en: a => `The ${a.stage} stage failed for this file (internal error): ${a.detail}. Its findings are incomplete; please report this as a bug.`
    },
    [IssueCodes.UnresolvedReference]: {
        id: a => `Tidak ditemukan ${a.kind} bernama '${a.name}'.${a.hint ? ' ' + a.hint : ''}`,
        en: a => `No ${a.kind} named '${a.name}' was found.${a.hint ? ' ' + a.hint : ''}`
    },
    'hint-wrong-kind': {
        id: a => `'${a.name}' adalah ${a.actual}.`,
        en: a => `'${a.name}' is a ${a.actual}.`
    },
    'hint-qualify': {
        id: a => `Maksud Anda ${a.candidates}? Elemen OPD lain ditulis dengan kode OPD-nya.`,
        en: a => `Did you mean ${a.candidates}? Another OPD's elements are written with its OPD code.`
    },
    [IssueCodes.DuplicateName]: {
        id: a => `Nama ${a.kind} '${a.name}' dideklarasikan lebih dari sekali.`,
        en: a => `The ${EnglishKinds[String(a.kind)] ?? a.kind} name '${a.name}' is declared more than once.`
    },
    // duplicate-name on a roadmap item's kode (spec §3.4 v2); `derived` says how the kode came about.
    'duplicate-name-kode': {
        id: a => `Kode rincian '${a.kode}' dipakai lebih dari satu butir Peta Rencana${a.derived ? ` (kode ${a.name} diturunkan dari muatan dan urutannya; tulis \`kode "…"\` yang lain)` : ''}.`,
        en: a => `The item code '${a.kode}' is used by more than one roadmap item${a.derived ? ` (the code of ${a.name} is derived from its content area and position; write another \`kode "…"\`)` : ''}.`
    },
    // duplicate-name on a second `penilaian` of one framework and year: the first declared counts.
    'duplicate-name-penilaian': {
        id: a => `Penilaian ${a.framework} tahun ${a.year} sudah ditulis; penilaian kedua ini diabaikan (nilainya tidak digabung) — gabungkan ke penilaian yang pertama.`,
        en: a => `The ${a.framework} assessment of ${a.year} is already written; this second one is ignored (its scores are not merged) — move them into the first.`
    },
    'duplicate-name-penilaian-first': {
        id: () => 'penilaian yang dipakai',
        en: () => 'the assessment in use'
    },
    [IssueCodes.DuplicateProperty]: {
        id: a => `Properti '${a.property}' sudah ditulis di blok ini.`,
        en: a => `Property '${a.property}' is already written in this block.`
    },
    [IssueCodes.MissingProperty]: {
        id: a => `${a.kind} '${a.name}' tidak memiliki properti wajib '${a.property}'.`,
        en: a => `${a.kind} '${a.name}' lacks the required property '${a.property}'.`
    },
    [IssueCodes.MissingPemda]: {
        id: () => 'Ruang kerja memiliki OPD tetapi tidak ada deklarasi `pemda`.',
        en: () => 'The workspace has OPDs but no `pemda` declaration.'
    },
    [IssueCodes.MultiplePemda]: {
        id: () => 'Ruang kerja hanya boleh memiliki satu `pemda`.',
        en: () => 'A workspace may have only one `pemda`.'
    },
    [IssueCodes.RefCodeUnknown]: {
        id: a => `Kode referensi '${a.code}' tidak ada di ${a.version} dan tidak dideklarasikan sebagai \`kodeLokal\`.`,
        en: a => `Reference code '${a.code}' is not in ${a.version} and is not declared as a \`kodeLokal\`.`
    },
    [IssueCodes.RefCodeWrongDomain]: {
        id: a => `${a.kind} harus memakai kode ${a.expected}, bukan '${a.code}'.`,
        en: a => `A ${a.kind} must use a ${a.expected} code, not '${a.code}'.`
    },
    [IssueCodes.LocalCodeWithoutParent]: {
        id: a => `Induk '${a.parent}' dari kode lokal '${a.code}' bukan kode nasional maupun \`kodeLokal\`.`,
        en: a => `The parent '${a.parent}' of local code '${a.code}' is neither a national code nor a \`kodeLokal\`.`
    },
    [IssueCodes.OpdMissingPic]: {
        id: a => `OPD '${a.name}' belum mencantumkan PIC (\`pic\`).`,
        en: a => `OPD '${a.name}' has no PIC (\`pic\`).`
    },
    [IssueCodes.InvalidValue]: {
        // A reason that ends in a question ("maksudnya 1.000?") takes no closing period.
        id: a => `Nilai tidak valid: ${a.reasonId}${String(a.reasonId).endsWith('?') ? '' : '.'}`,
        en: a => `Invalid value: ${a.reasonEn}${String(a.reasonEn).endsWith('?') ? '' : '.'}`
    },
    [IssueCodes.KegiatanCodeInvalid]: {
        id: a => `'${a.code}' bukan kode kegiatan Kepmendagri (U.BB.PP.L.KK, mis. 2.16.03.2.02) atau kode sub-kegiatan (U.BB.PP.L.KK.SSSS, mis. 2.16.03.2.02.0035); L bernilai 1 atau 2.`,
        en: a => `'${a.code}' is not a Kepmendagri kegiatan code (U.BB.PP.L.KK, e.g. 2.16.03.2.02) or sub-kegiatan code (U.BB.PP.L.KK.SSSS, e.g. 2.16.03.2.02.0035); L is 1 or 2.`
    },
    [IssueCodes.KegiatanCodeWrongLevel]: {
        id: a => `Kode kegiatan '${a.code}' berlevel ${a.level} (${a.levelName}), padahal pemda ini ${valueLabel('JenisPemda', String(a.jenis), 'id').toLowerCase()}: kode untuk ${valueLabel('JenisPemda', String(a.jenis), 'id').toLowerCase()} memakai level ${a.expected}.`,
        en: a => `Kegiatan code '${a.code}' has level ${a.level} (${a.levelName}), but this pemda is a ${valueLabel('JenisPemda', String(a.jenis), 'en').toLowerCase()}: codes for a ${valueLabel('JenisPemda', String(a.jenis), 'en').toLowerCase()} use level ${a.expected}.`
    },
    [IssueCodes.CrossOpdDataNotShared]: {
        id: a => `Data ${a.data} (${valueLabel('SifatData', String(a.sifat), 'id').toLowerCase()}) milik ${a.owner} dipakai oleh ${a.user} tetapi tidak dibagipakaikan kepadanya (\`bagiPakai\`).`,
        en: a => `Data ${a.data} (${valueLabel('SifatData', String(a.sifat), 'en').toLowerCase()}) owned by ${a.owner} is used by ${a.user} but not shared with it (\`bagiPakai\`).`
    },
    [IssueCodes.CrossOpdAppNotShared]: {
        id: a => `Aplikasi ${a.app} milik ${a.owner} dipakai layanan ${a.user} tetapi ${a.user} tidak tercantum di \`pengguna\`-nya.`,
        en: a => `Application ${a.app} owned by ${a.owner} is used by a layanan of ${a.user}, but ${a.user} is not in its \`pengguna\`.`
    },
    [IssueCodes.IntegrationBypassesSplp]: {
        id: a => `Integrasi '${a.name}' antara aplikasi ${a.from} dan ${a.to} (OPD berbeda) tidak melalui sistem penghubung (\`via\` SPLP).`,
        en: a => `Integration '${a.name}' between ${a.from} and ${a.to} (different OPDs) does not go \`via\` a service bus (SPLP).`
    },
    [IssueCodes.DuplicateApplication]: {
        id: a => `Aplikasi ${a.app} memiliki fungsi '${valueLabel('Fungsi', String(a.fungsi), 'id')}' yang sama dengan ${a.others} di OPD lain.`,
        en: a => `Application ${a.app} has the same function '${valueLabel('Fungsi', String(a.fungsi), 'en')}' as ${a.others} in another OPD.`
    },
    [IssueCodes.DuplicatesAplikasiUmum]: {
        id: a => `Aplikasi ${a.app} (fungsi ${valueLabel('Fungsi', String(a.fungsi), 'id')}) menduplikasi Aplikasi Umum ${a.national}: integrasikan atau rencanakan penghentiannya.`,
        en: a => `Application ${a.app} (function ${valueLabel('Fungsi', String(a.fungsi), 'en')}) duplicates the Aplikasi Umum ${a.national}: integrate with it or plan its retirement.`
    },
    [IssueCodes.SectorPlatformNotIntegrated]: {
        id: a => `Aplikasi ${a.app} (fungsi ${valueLabel('Fungsi', String(a.fungsi), 'id')}) belum terintegrasi dengan platform sektor ${a.national}: tambahkan \`integrasi\` di antara keduanya.`,
        en: a => `Application ${a.app} (function ${valueLabel('Fungsi', String(a.fungsi), 'en')}) has no integration with the sector platform ${a.national}: add an \`integrasi\` between them.`
    },
    [IssueCodes.AplikasiWithoutSecurityAssessment]: {
        id: a => `Aplikasi ${a.app} memuat data ${valueLabel('SifatData', String(a.sifat), 'id').toLowerCase()} ${a.data}, tetapi tidak ada \`keamanan\` berjenis audit, identifikasi kerentanan atau kelaikan yang menyebutnya di \`objek\`.`,
        en: a => `Application ${a.app} holds ${a.sifat === 'pribadi' ? 'personal' : valueLabel('SifatData', String(a.sifat), 'en').toLowerCase()} data ${a.data}, but no \`keamanan\` of type security audit, vulnerability identification or security worthiness names it in its \`objek\`.`
    },
    [IssueCodes.DataClassificationLeak]: {
        id: a => `Layanan publik memuat data tertutup ${a.data}.`,
        en: a => `A public layanan lists the tertutup data ${a.data}.`
    },
    [IssueCodes.WalidataWithoutRole]: {
        id: a => `OPD ${a.opd} ditunjuk sebagai walidata tetapi tidak memiliki \`peran walidata\`.`,
        en: a => `OPD ${a.opd} is named as walidata but has no \`peran walidata\`.`
    },
    [IssueCodes.LayananWithoutProbis]: {
        id: a => `Layanan '${a.name}' tidak terhubung ke proses bisnis (\`probis\`).`,
        en: a => `Layanan '${a.name}' lists no business process (\`probis\`).`
    },
    [IssueCodes.LayananWithoutAplikasi]: {
        id: a => `Layanan '${a.name}' (bukan offline) tidak didukung aplikasi (\`aplikasi\`).`,
        en: a => `Layanan '${a.name}' (not offline) lists no application (\`aplikasi\`).`
    },
    [IssueCodes.AplikasiUnused]: {
        id: a => `Aplikasi '${a.name}' tidak dipakai oleh layanan maupun integrasi mana pun.`,
        en: a => `Application '${a.name}' is used by no layanan and no integrasi.`
    },
    [IssueCodes.AplikasiWithoutHosting]: {
        id: a => `Aplikasi '${a.name}' tidak mencantumkan \`hosting\`.`,
        en: a => `Application '${a.name}' has no \`hosting\`.`
    },
    [IssueCodes.DataWithoutWalidata]: {
        id: a => `Data '${a.name}' tidak mencantumkan \`walidata\`.`,
        en: a => `Data '${a.name}' has no \`walidata\`.`
    },
    [IssueCodes.MissingDomain]: {
        id: a => `Arsitektur belum memiliki elemen domain ${a.domain} (Indikator 11, level 3).`,
        en: a => `The architecture has no element of the ${a.domain} domain (Indikator 11, level 3).`
    },
    [IssueCodes.RetiredElementInUse]: {
        id: a => `${a.target} dihentikan${a.until ? ' setelah ' + a.until : ''} tetapi masih dipakai oleh ${a.user} yang berlaku lebih lama.`,
        en: a => `${a.target} is retired${a.until ? ' after ' + a.until : ''} but is still used by ${a.user}, which outlives it.`
    },
    [IssueCodes.RoadmapYearOutsidePeriod]: {
        id: a => `Tahun ${a.year} di luar periode pemda ${a.period}.`,
        en: a => `Year ${a.year} is outside the pemda periode ${a.period}.`
    },
    [IssueCodes.RoadmapYearOutsideItem]: {
        id: a => `Tahun ${a.year} di luar \`tahun\` rencana ini (${a.range}).`,
        en: a => `Year ${a.year} is outside this item's \`tahun\` (${a.range}).`
    },
    [IssueCodes.RoadmapDependencyCycle]: {
        id: a => `Ketergantungan \`setelah\` membentuk siklus ${a.count} rencana: ${a.cycle}.`,
        en: a => `\`setelah\` dependencies form a cycle of ${a.count} items: ${a.cycle}.`
    },
    [IssueCodes.RoadmapDependencyOrder]: {
        id: a => `${a.item} mulai ${a.start}, sebelum ${a.pred} selesai (${a.end}).`,
        en: a => `${a.item} starts in ${a.start}, before ${a.pred} ends (${a.end}).`
    },
    [IssueCodes.PlannedElementNotRealized]: {
        id: a => `Elemen berstatus rencana '${a.name}' belum diwujudkan oleh butir Peta Rencana mana pun (\`mewujudkan\`).`,
        en: a => `Planned element '${a.name}' is realized by no roadmap item (\`mewujudkan\`).`
    },
    [IssueCodes.RealizesExistingElement]: {
        id: a => `${a.target} berstatus ${valueLabel('Status', String(a.status), 'id').toLowerCase()}, bukan \`rencana\`; tidak dapat diwujudkan.`,
        en: a => `${a.target} has status ${valueLabel('Status', String(a.status), 'en').toLowerCase()}, not \`rencana\`; it cannot be realized.`
    },
    [IssueCodes.MuatanNotCovered]: {
        id: a => `Peta rencana tidak memiliki rencana untuk muatan ${valueLabel('Muatan', String(a.muatan), 'id')} (Indikator 12, level 3).`,
        en: a => `The roadmap has no item for muatan ${valueLabel('Muatan', String(a.muatan), 'en')} (Indikator 12, level 3).`
    },
    [IssueCodes.RoadmapUnfunded]: {
        id: a => `Rencana '${a.name}' belum memiliki \`anggaran\`.`,
        en: a => `Roadmap item '${a.name}' has no \`anggaran\`.`
    },
    [IssueCodes.IndicatorUnknown]: {
        id: a => `Indikator ${a.id} tidak ada di kerangka ${a.framework} (${a.range}).`,
        en: a => `Indicator ${a.id} is not in the ${a.framework} framework (${a.range}).`
    },
    [IssueCodes.IndicatorTargetBelowAssessed]: {
        id: a => `Target ${a.id} -> ${a.target} lebih rendah dari level penilaian ${a.year} (${a.assessed}).`,
        en: a => `Target ${a.id} -> ${a.target} is lower than the ${a.year} assessed level (${a.assessed}).`
    },
    [IssueCodes.IndicatorTargetConflict]: {
        id: a => `Target ${a.id} -> ${a.target} bertentangan dengan ${a.other} (-> ${a.otherTarget}) yang juga selesai pada ${a.year}.`,
        en: a => `Target ${a.id} -> ${a.target} conflicts with ${a.other} (-> ${a.otherTarget}), which also ends in ${a.year}.`
    }
};

/**
 * Arguments that are sentences or lists a caller composed (and whose user-written pieces it bounded
 * with `shownText`); every other string argument is a single piece of user text or a label.
 */
const ComposedArgs: ReadonlySet<string> = new Set([
    'detail', 'reasonId', 'reasonEn', 'hint', 'candidates', 'others', 'cycle', 'noun', 'allowed', 'owners', 'here', 'expected'
]);

/**
 * The message `key` in `locale`. Every string argument that is not a composed one is cut to
 * {@link ShownNameMax} characters (`shownText`), so no name or value a user wrote makes a message
 * unbounded. Throws for an unknown key (a bug: every key is in the table).
 */
export function message(key: string, locale: Locale, args: Args = {}): string {
    const template = templates[key];
    if (!template) {
        throw new Error(`No message for '${key}'`);
    }
    const bounded: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(args)) {
        bounded[name] = typeof value === 'string' && !ComposedArgs.has(name) ? shownText(value, ShownNameMax) : value;
    }
    return template[locale](bounded);
}

export function hasMessage(key: string): boolean {
    return key in templates;
}
