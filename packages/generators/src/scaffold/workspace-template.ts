import { escapeString } from 'spbe-model';
/**
 * The files `spbe init` writes: a small pemda that already covers the six domains and the seven
 * muatan and validates without a single finding, so a new user starts from a clean baseline.
 */
export interface ScaffoldOptions {
    /** Identifier of the pemda, e.g. `KotaContoh`. */
    readonly name: string;
    readonly title: string;
    readonly startYear: number;
}

export function workspaceTemplate(options: ScaffoldOptions): Record<string, string> {
    const y = options.startYear;
    const periode = `${y}..${y + 4}`;
    return {
        'pemda.spbe': `/** Header workspace: satu per pemda. */
pemda ${options.name} "${escapeString(options.title)}" {
    periode ${periode}
    referensi perpres132_2022
    evaluasi spbe2020
    koordinator SETDA
}
`,
        'opd/setda.spbe': `opd SETDA "Sekretariat Daerah" {
    pic "Nama PIC SETDA"

    probis PB_TATA_NASKAH "Pengelolaan Tata Naskah Dinas" {
        ref RAB.09.07
        kategori pendukung
    }

    layanan LY_PERSURATAN "Layanan Persuratan Elektronik" {
        ref RAL.02.05
        jenis administrasi
        metode online
        pengguna asn
        probis PB_TATA_NASKAH
        aplikasi nasional.SRIKANDI
    }
}
`,
        'opd/diskominfo.spbe': `opd DISKOMINFO "Dinas Komunikasi dan Informatika" {
    pic "Nama PIC DISKOMINFO"
    peran walidata, pengelolaPusatData, csirt

    probis PB_STATISTIK "Penyelenggaraan Statistik Sektoral" {
        ref RAB.09.03
        kategori inti
    }

    data DT_STATISTIK "Data Statistik Sektoral" {
        ref RAD.09.03
        sifat terbuka
        jenis statistik
        pemutakhiran tahunan
        walidata DISKOMINFO
    }

    infrastruktur DC_PEMDA "Pusat Data Pemerintah Daerah" {
        ref RAI.01.02
        jenis fasilitasKomputasi
        tier 2
        kepemilikan milikSendiri
    }

    aplikasi PORTAL_DATA "Portal Satu Data" {
        ref RAA.02.02
        fungsi dataTerbuka
        basis web
        hosting DC_PEMDA
        data DT_STATISTIK
    }

    layanan LY_DATA_TERBUKA "Layanan Data Terbuka" {
        ref RAL.01.24
        jenis publik
        metode online
        pengguna masyarakat
        probis PB_STATISTIK
        aplikasi PORTAL_DATA
        data DT_STATISTIK
    }

    keamanan AUDIT_PORTAL "Audit Keamanan Portal Satu Data" {
        ref RAK.03.02
        jenis audit
        tanggal ${y}-06-30
        objek PORTAL_DATA
    }
}
`,
        'peta-rencana.spbe': `petaRencana {
${roadmapItem('PR_TATA_KELOLA', 'Penetapan Kebijakan Internal SPBE', 'tataKelola', 'SETDA', y, y)}
${roadmapItem('PR_MANAJEMEN', 'Penerapan Manajemen Risiko SPBE', 'manajemen', 'SETDA', y + 1, y + 1)}
${roadmapItem('PR_LAYANAN', 'Perluasan Layanan Data Terbuka', 'layanan', 'DISKOMINFO', y + 1, y + 2)}
${roadmapItem('PR_INFRA', 'Peningkatan Pusat Data Pemerintah Daerah', 'infrastruktur', 'DISKOMINFO', y, y + 1)}
${roadmapItem('PR_APLIKASI', 'Integrasi Portal Satu Data dengan SPLP', 'aplikasi', 'DISKOMINFO', y + 2, y + 3)}
${roadmapItem('PR_KEAMANAN', 'Pembentukan dan Penguatan CSIRT', 'keamanan', 'DISKOMINFO', y, y + 2)}
${roadmapItem('PR_AUDIT', 'Audit TIK Berkala', 'auditTik', 'DISKOMINFO', y + 3, y + 4)}
}
`
    };
}

function roadmapItem(name: string, title: string, muatan: string, opd: string, from: number, to: number): string {
    const years = from === to ? `${from}` : `${from}..${to}`;
    return `    rencana ${name} "${title}" {
        muatan ${muatan}
        penanggungJawab ${opd}
        tahun ${years}
        target ${to} "${title} selesai"
        anggaran ${from} 100_000_000
        sumberDana APBD
    }`;
}
