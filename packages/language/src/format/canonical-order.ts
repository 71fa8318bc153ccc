/**
 * The canonical property order of each block (spec §3 tables): classification first, then the
 * kind's own properties, then lifecycle and description. Child declarations (elements in an OPD,
 * items in a roadmap) keep the order the author chose.
 */
const common = { before: ['ref'], after: ['status', 'hingga', 'deskripsi'] };

function element(...own: string[]): readonly string[] {
    return [...common.before, ...own, ...common.after];
}

export const PropertyOrder: Readonly<Record<string, readonly string[]>> = {
    top: [],
    pemda: ['periode', 'referensi', 'evaluasi', 'koordinator', 'ditetapkan', 'reviu', 'kodeLokal', 'jenis', 'kepalaDaerah', 'tempat', 'ilustrasi'],
    opd: ['pic', 'email', 'peran'],
    probis: element('kategori', 'induk'),
    layanan: element('jenis', 'metode', 'pengguna', 'probis', 'aplikasi', 'data'),
    data: element('sifat', 'pribadi', 'jenis', 'pemutakhiran', 'produsen', 'walidata', 'bagiPakai'),
    aplikasi: element('fungsi', 'basis', 'lisensi', 'basisData', 'url', 'hosting', 'data', 'pengguna'),
    infrastruktur: element('jenis', 'lokasi', 'tier', 'kepemilikan', 'terhubung'),
    keamanan: element('jenis', 'tanggal', 'objek', 'hasil', 'tindakLanjut'),
    integrasi: element('dari', 'ke', 'via', 'data'),
    petaRencana: [],
    rencana: ['muatan', 'penanggungJawab', 'pelaksana', 'tahun', 'target', 'anggaran', 'sumberDana', 'kegiatan',
        'kode', 'prioritas', 'indikatorKinerja', 'mewujudkan', 'menghentikan', 'setelah', 'indikator', 'deskripsi'],
    // (v2) A nested block of a roadmap item; it takes its place among the item's properties.
    indikatorKinerja: ['satuan', 'awal', 'target'],
    penilaian: []
};

/** Keywords that open a nested block inside each kind of block. */
export const ChildBlocks: Readonly<Record<string, readonly string[]>> = {
    top: ['pemda', 'opd', 'petaRencana', 'penilaian'],
    opd: ['probis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan', 'integrasi'],
    petaRencana: ['rencana'],
    rencana: ['indikatorKinerja']
};
