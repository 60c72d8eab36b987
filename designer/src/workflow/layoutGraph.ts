// Automatic layout of a workflow graph with elkjs (layered), on the main thread: the CSP allows neither eval nor blob workers.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ELK as ElkApi } from 'elkjs/lib/elk-api';

export interface LayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string; label: string }[];
  direction: 'RIGHT' | 'DOWN';
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  nodes: Record<string, Point>;
  /** Each edge as a polyline (start, bends, end) and where its label goes (top-left corner). */
  edges: Record<string, { points: Point[]; label?: Point }>;
}

// The bundled build runs ELK's compiled Java in a fake worker on this thread: no Worker, no blob URL, no eval. It is
// 1.5 MB, so it is loaded (as its own chunk) only when a graph is first drawn.
let elk: Promise<ElkApi> | undefined;

function loadElk(): Promise<ElkApi> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elk;
}

/** A rough width of a label in pixels (the graph uses a 12px font). */
export function labelWidth(text: string): number {
  return Math.min(220, Math.max(24, Math.ceil(text.length * 6.6) + 12));
}

export async function layoutGraph(input: LayoutInput): Promise<Layout> {
  const engine = await loadElk();
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': input.direction,
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '40',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeEdge': '14',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.edgeLabels.inline': 'false',
    },
    children: input.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: input.edges.map(
      (e): ElkExtendedEdge => ({
        id: e.id,
        sources: [e.source],
        targets: [e.target],
        labels: [{ text: e.label, width: labelWidth(e.label), height: 18, layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' } }],
      }),
    ),
  };
  const result = await engine.layout(graph);
  const layout: Layout = { nodes: {}, edges: {} };
  for (const child of result.children ?? []) layout.nodes[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const section = edge.sections?.[0];
    const label = edge.labels?.[0];
    layout.edges[edge.id] = {
      points: section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [],
      label: label && label.x !== undefined && label.y !== undefined ? { x: label.x, y: label.y } : undefined,
    };
  }
  return layout;
}
