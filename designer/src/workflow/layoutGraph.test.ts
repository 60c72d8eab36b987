// The elk layout of every real workflow: each stage placed without overlaps, each transition routed, in little time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layoutGraph.ts';
import { stagesOf, transitionsOf, type WorkflowConfig } from './model.ts';

const root = new URL('../../../', import.meta.url);

describe('layoutGraph', () => {
  for (const slug of ['gujarat', 'jharkhand', 'west-bengal']) {
    for (const id of ['cncp', 'foundChild', 'missingChild']) {
      it(`lays out ${slug}/${id} top-down and left to right`, async () => {
        const workflow = JSON.parse(readFileSync(new URL(`workflows/${slug}/${id}.json`, root), 'utf8')) as WorkflowConfig;
        const nodes = Object.keys(stagesOf(workflow)).map((s) => ({ id: s, width: 190, height: 66 }));
        const edges = transitionsOf(workflow)
          .filter((t) => t.stage !== t.transition.target)
          .map((t) => ({ id: t.pointer, source: t.stage, target: t.transition.target, label: t.event }));
        for (const direction of ['DOWN', 'RIGHT'] as const) {
          const started = performance.now();
          const layout = await layoutGraph({ nodes, edges, direction });
          expect(performance.now() - started).toBeLessThan(2000);
          const boxes = nodes.map((n) => ({ ...layout.nodes[n.id]!, w: n.width, h: n.height }));
          expect(boxes.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
          }
          for (const e of edges) {
            expect(layout.edges[e.id]!.points.length).toBeGreaterThanOrEqual(2);
            expect(layout.edges[e.id]!.label).toBeDefined();
          }
          // Top-down puts the initial stage above every other stage; left to right puts it left of them.
          const start = layout.nodes[workflow.machine.initial]!;
          const axis = direction === 'DOWN' ? 'y' : 'x';
          expect(nodes.every((n) => layout.nodes[n.id]![axis] >= start[axis])).toBe(true);
        }
      });
    }
  }
});
