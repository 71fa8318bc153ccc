// Child process: loads a workspace with a 2,000-item roadmap and times the generation of every
// roadmap format from its semantic model (the model is built first, outside the timing).
import { generateRoadmap, RoadmapFormats } from '../packages/generators/out/index.js';
import { loadWorkspace } from '../packages/server/out/index.js';
import { writeRoadmapWorkspace } from './roadmap-workspace.mjs';

const dir = process.argv[2];
const count = Number(process.argv[3] ?? 2000);
writeRoadmapWorkspace(dir, count);
const model = (await loadWorkspace(dir)).model();
const times = {};
const start = performance.now();
for (const format of RoadmapFormats) {
    const t = performance.now();
    await generateRoadmap(model, format, { locale: 'id' });
    times[format] = Math.round(performance.now() - t);
}
process.stdout.write(JSON.stringify({ items: model.items.length, totalMs: Math.round(performance.now() - start), times }) + '\n');
