import fc from 'fast-check';

/**
 * fast-check generators for the large and adversarial classes of issue 14: huge string literals,
 * long `setelah` cycles, one OPD with many elements, deep nesting. Each produces the files of a
 * workspace (path → text) and what the pipeline must report for them.
 */
export interface Adversarial {
    readonly files: Record<string, string>;
    /** Diagnostic codes that must be present. */
    readonly expectCodes: readonly string[];
    /** A size measure (elements, items, characters) for time-per-unit comparisons. */
    readonly size: number;
}

const pemda = 'pemda P "P" {\n    periode 2025..2029\n}\n';

/** A string literal of 1.1–3 M characters (over the 1 M limit), plain or dense with escapes, in a title or a description. */
export const hugeString: fc.Arbitrary<Adversarial> = fc.record({
    length: fc.integer({ min: 1_100_000, max: 3_000_000 }),
    escapeEvery: fc.constantFrom(0, 2, 17),
    where: fc.constantFrom('title', 'deskripsi')
}).map(({ length, escapeEvery, where }) => {
    const unit = escapeEvery === 0 ? 'x' : `${'y'.repeat(escapeEvery - 2)}\\"`;
    const text = unit.repeat(Math.ceil(length / unit.length));
    const body = where === 'title' ? `aplikasi B "${text}" { hosting I }` : `aplikasi B "B" { hosting I deskripsi "${text}" }`;
    return {
        files: { 'pemda.spbe': pemda, 'opd/a.spbe': `opd A "A" {\n    pic "P"\n    ${body}\n    infrastruktur I "I" { jenis server tier 9 }\n}\n` },
        // The limit is reported, and the rest of the file is still checked (tier 9 is invalid).
        expectCodes: ['syntax', 'invalid-value'],
        size: text.length
    };
});

/** A `setelah` cycle of 50–1,500 items, in a random order in the file, some items off the cycle. */
export const longCycle: fc.Arbitrary<Adversarial> = fc.record({
    n: fc.integer({ min: 50, max: 1_500 }),
    shift: fc.nat(),
    chainTail: fc.integer({ min: 0, max: 50 })
}).map(({ n, shift, chainTail }) => {
    const lines: string[] = [];
    for (let k = 0; k < n; k++) {
        const i = (k + shift) % n;
        lines.push(`    rencana R${i} { muatan aplikasi tahun 2026 setelah R${(i + n - 1) % n} }`);
    }
    for (let j = 0; j < chainTail; j++) {
        lines.push(`    rencana T${j} { muatan aplikasi tahun 2027 setelah ${j === 0 ? 'R0' : `T${j - 1}`} }`);
    }
    return { files: { 'pemda.spbe': pemda, 'peta.spbe': `petaRencana {\n${lines.join('\n')}\n}\n` }, expectCodes: ['roadmap-dependency-cycle'], size: n + chainTail };
});

const fungsiChoices = ['keuangan', 'kepegawaian', 'sektoral', 'perencanaan'] as const;

/**
 * One OPD with `n` elements (modest: the time ratio against a 4× smaller twin is what is checked):
 * applications sharing a few fungsi (another OPD has one too, so each is a duplicate-application),
 * repeated names, references to one infrastruktur, data and layanan.
 */
export function oneOpd(n: number, options: { fungsi: number; duplicateEvery: number }): Adversarial {
    const lines = ['opd A "A" {', '    pic "P"', '    infrastruktur I "I" { jenis server tier 1 }', '    data D "D" { sifat terbuka walidata A }'];
    for (let i = 0; i < n; i++) {
        const name = options.duplicateEvery > 0 && i % options.duplicateEvery === 0 ? 'DUP' : `E${i}`;
        const fungsi = fungsiChoices[i % options.fungsi];
        lines.push(i % 3 === 2
            ? `    layanan ${name} "L ${i}" { metode online aplikasi E${i - 1} data D }`
            : `    aplikasi ${name} "A ${i}" { fungsi ${fungsi} hosting I data D pengguna semua }`);
    }
    lines.push('}');
    const other = 'opd B "B" {\n    pic "Q"\n    aplikasi X "X" { fungsi keuangan hosting A.I }\n}\n';
    return {
        files: { 'pemda.spbe': pemda, 'opd/a.spbe': lines.join('\n') + '\n', 'opd/b.spbe': other },
        // A name repeats only when there are at least two of them (indices 0 and duplicateEvery).
        expectCodes: ['duplicate-application', ...(options.duplicateEvery > 0 && n > options.duplicateEvery ? ['duplicate-name'] : [])],
        size: n
    };
}

export const oneOpdShape = fc.record({ fungsi: fc.integer({ min: 1, max: fungsiChoices.length }), duplicateEvery: fc.constantFrom(0, 7, 500) });

/** 200–5,000 levels of `{`, `(` or `[` nesting, closed or not, inside an element body. */
export const deepNesting: fc.Arbitrary<Adversarial> = fc.record({
    depth: fc.integer({ min: 200, max: 5_000 }),
    open: fc.constantFrom('{', '(', '['),
    closed: fc.boolean()
}).map(({ depth, open, closed }) => {
    const close = { '{': '}', '(': ')', '[': ']' }[open]!;
    const body = `${`${open} `.repeat(depth)}${closed ? `${close} `.repeat(depth) : ''}`;
    return {
        files: { 'pemda.spbe': pemda, 'opd/a.spbe': `opd A "A" {\n    pic "P"\n    aplikasi B ${body}\n    aplikasi C "C" { }\n}\n` },
        expectCodes: ['syntax'],
        size: depth
    };
});
