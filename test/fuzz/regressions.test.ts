import { describe, expect, test } from 'vitest';
import { computeDiff } from 'spbe-generators';
import { projectIndex } from 'spbe-model';
import { generateAll, load, rangeProblems } from './pipeline.js';

/** Inputs the fuzzer once broke the pipeline with, kept so they never break it again. */
describe('fuzz regressions', () => {
    test('a penilaian cut off before its framework (found by the fuzzer): no index, no crash', async () => {
        // The fuzzer's input: a truncated line followed by a duplicated one.
        const files = new Map([['penilaian.spbe', Buffer.from('penilaian 2025 spbpenilaian 2025 spbe2020 {\n    I01 2   I02 2   I03 1\n}\n')], ['b.spbe', Buffer.from('penilaian 2024 ')]]);
        const workspace = await load(files);
        expect(rangeProblems(workspace)).toEqual([]);
        expect(workspace.model().assessments.every(a => a.framework && a.year)).toBe(true);
        projectIndex(workspace.model(), 'spbe2020');
        const base = (await load(new Map([['penilaian.spbe', Buffer.from('penilaian 2025 spbe2020 { I01 2 }\n')]]))).model();
        expect(computeDiff({ label: 'a', model: base, findings: [] }, { label: 'b', model: workspace.model(), findings: [] }).index).toHaveLength(1);
        await generateAll(workspace, base);
    });
});
