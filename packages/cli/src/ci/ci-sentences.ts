import { sentenceLookup, type BilingualSentence } from 'spbe-model';

/** The sentences of `spbe ci-template` and of `spbe init --ci/--hooks`, in Indonesian and English. */
const sentences = {
    /** `file` exists and `--force` was not given: `file`, `command`. */
    pipelineExists: {
        id: a => `${a.file} sudah ada dan tidak ditimpa; tambahkan --force untuk menggantinya (isinya hilang), atau hapus dulu`,
        en: a => `${a.file} already exists and was not overwritten; add --force to replace it (its content is lost), or remove it first`
    },
    /** `folder` holds no `.spbe` files. */
    noWorkspace: {
        id: a => `${a.folder} tidak berisi berkas .spbe; jalankan di folder ruang kerja, atau buat ruang kerja baru dengan spbe init --ci <sistem>`,
        en: a => `${a.folder} holds no .spbe files; run it in a workspace folder, or create a new workspace with spbe init --ci <system>`
    },
    /** The tarball is not at its default path: `tarball`, `file`. */
    tarballMissing: {
        id: a => `Berikutnya: taruh tarball CLI di ${a.tarball} dan commit (buat dengan \`npm run pack:cli\` di klon spbe-tools, atau unduh dari rilisnya), atau ubah SPBE_TOOLS_TGZ di ${a.file} ke jalur atau URL tarball itu. spbe tidak ada di registri npm.`,
        en: a => `Next: put the CLI tarball at ${a.tarball} and commit it (make it with \`npm run pack:cli\` in a spbe-tools clone, or download it from its release), or set SPBE_TOOLS_TGZ in ${a.file} to the tarball's path or URL. spbe is not on the npm registry.`
    },
    /** The tarball default is a URL or an existing file: `tarball`. */
    tarballFrom: {
        id: a => `Pipeline memasang spbe dari ${a.tarball} (variabel SPBE_TOOLS_TGZ).`,
        en: a => `The pipeline installs spbe from ${a.tarball} (the SPBE_TOOLS_TGZ variable).`
    },
    /** No git repository above `folder`: the pipeline file was written in it. */
    notInRepository: {
        id: a => `${a.folder} tidak berada di repositori git: berkas pipeline ditulis di sana, yang harus menjadi akar repositori (git init).`,
        en: a => `${a.folder} is not inside a git repository: the pipeline file was written there, which must be the repository's root (git init).`
    },
    /** GitHub code scanning needs a public repository or Advanced Security. */
    codeScanning: {
        id: () => 'Temuan tampil di tab Security → Code scanning bila repositori publik atau GitHub Advanced Security aktif; selain itu di log pekerjaan.',
        en: () => 'Findings show in Security → Code scanning when the repository is public or has GitHub Advanced Security; otherwise in the job log.'
    },
    /** An existing workspace: init adds only the CI file and/or hook. `folder`. */
    initExisting: {
        id: a => `${a.folder} sudah berisi ruang kerja; tidak ada berkas .spbe yang dibuat atau diubah.`,
        en: a => `${a.folder} already holds a workspace; no .spbe file was created or changed.`
    },
    /** `spbe init --hooks` outside a git repository: `folder`. */
    hookNoRepository: {
        id: a => `${a.folder} tidak berada di repositori git; jalankan git init dulu, lalu spbe init --hooks`,
        en: a => `${a.folder} is not inside a git repository; run git init first, then spbe init --hooks`
    },
    /** A pre-commit hook that is not ours: `file`. */
    hookForeign: {
        id: a => `${a.file} sudah ada dan bukan hook spbe; tidak ditimpa. Gabungkan isinya sendiri (panggil hook spbe dari situ), atau --force untuk menggantinya`,
        en: a => `${a.file} already exists and is not the spbe hook; it was not overwritten. Merge them yourself (call the spbe hook from it), or --force to replace it`
    },
    /** The hook was installed: `workspace` (repository-relative). */
    hookInstalled: {
        id: a => `Sebelum setiap commit yang mengubah berkas .spbe, hook memeriksa isi staged dari ${a.workspace} dan menolak commit bila ada galat (git commit --no-verify melewatinya).`,
        en: a => `Before each commit that changes .spbe files, the hook validates the staged content of ${a.workspace} and refuses the commit on errors (git commit --no-verify skips it).`
    }
} as const satisfies Record<string, BilingualSentence>;

/** `ciSentence(key, locale, args)`. */
export const ciSentence = sentenceLookup(sentences);
