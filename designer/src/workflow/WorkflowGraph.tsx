// The workflow as a graph: stages as nodes, transitions as labelled edges, laid out by elkjs; drag node to node to connect.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BaseEdge, Background, Controls, EdgeLabelRenderer, Handle, MarkerType, Position, ReactFlow, ReactFlowProvider, getSmoothStepPath, useReactFlow,
  type Connection, type Edge, type EdgeProps, type Node, type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { layoutGraph, type Layout, type Point } from './layoutGraph.ts';

export const nodeWidth = 190;
export const nodeHeight = 66;

export interface GraphStage {
  id: string;
  label: string;
  initial: boolean;
  final: boolean;
  warnings: string[];
  color?: string;
}

export interface GraphTransition {
  id: string;
  source: string;
  target: string;
  event: string;
  label: string;
  guard?: string;
  warnings: string[];
}

/** Transitions that stay in their stage, drawn inside the node rather than as loops around it. */
interface Loop {
  id: string;
  label: string;
  count: number;
  warn: boolean;
  selected: boolean;
}
interface StageData extends Record<string, unknown> {
  stage: GraphStage;
  vertical: boolean;
  loops: Loop[];
  onSelectTransition: (id: string) => void;
}
interface RoutedData extends Record<string, unknown> {
  transition: GraphTransition;
  /** How many transitions (guarded alternatives of one event) this edge stands for. */
  count: number;
  points?: Point[];
  labelAt?: Point;
  onSelect: (id: string) => void;
}
type StageNode = Node<StageData, 'stage'>;
type RoutedEdge = Edge<RoutedData, 'routed'>;

const loopHeight = 20;
const heightOf = (loops: number) => nodeHeight + loops * loopHeight;

function StageNodeView({ data, selected }: NodeProps<StageNode>) {
  const { t } = useTranslation();
  const { stage, vertical, loops } = data;
  const classes = ['wf-node', stage.initial && 'initial', stage.final && 'final', stage.warnings.length > 0 && 'warn', selected && 'selected'].filter(Boolean).join(' ');
  return (
    <div className={classes} data-stage={stage.id} style={{ height: heightOf(loops.length), ...(stage.color ? { borderInlineStartColor: stage.color } : {}) }}>
      <Handle type="target" position={vertical ? Position.Top : Position.Left} aria-label={t('workflow.graph.dropHere', { stage: stage.label })} />
      <div className="wf-node-badges">
        {stage.initial && <span className="wf-badge initial">{t('workflow.stage.initialBadge')}</span>}
        {stage.final && <span className="wf-badge final">{t('workflow.stage.finalBadge')}</span>}
        {stage.warnings.length > 0 && (
          <span className="wf-badge warn" title={stage.warnings.join('\n')}>
            ⚠ {stage.warnings.length}
            <span className="visually-hidden">{stage.warnings.join('. ')}</span>
          </span>
        )}
      </div>
      <div className="wf-node-label">{stage.label}</div>
      <div className="wf-node-id">{stage.id}</div>
      {loops.map((loop) => (
        <button
          key={loop.id}
          type="button"
          className={`wf-loop nodrag${loop.warn ? ' warn' : ''}${loop.selected ? ' selected' : ''}`}
          data-transition={loop.id}
          title={t('workflow.graph.loop', { event: loop.label })}
          onClick={(e) => {
            e.stopPropagation();
            data.onSelectTransition(loop.id);
          }}
        >
          ↻ {loop.label}
          {loop.count > 1 ? ` ×${loop.count}` : ''}
        </button>
      ))}
      {/* A final stage has no way out, so nothing can be dragged from it. */}
      <Handle type="source" position={vertical ? Position.Bottom : Position.Right} isConnectable={!stage.final} aria-label={t('workflow.graph.dragFrom', { stage: stage.label })} />
    </div>
  );
}

function polyline(points: Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}

function RoutedEdgeView(props: EdgeProps<RoutedEdge>) {
  const { data, markerEnd, selected, id } = props;
  const [fallback, fx, fy] = getSmoothStepPath(props);
  if (!data) return null;
  const path = data.points && data.points.length > 1 ? polyline(data.points) : fallback;
  const at = data.labelAt ?? { x: fx, y: fy };
  const warn = data.transition.warnings.length > 0;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={warn ? 'wf-edge-warn' : undefined} style={selected ? { strokeWidth: 3 } : undefined} />
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`wf-edge-label nodrag nopan${selected ? ' selected' : ''}${warn ? ' warn' : ''}`}
          style={{ transform: data.labelAt ? `translate(${at.x}px, ${at.y}px)` : `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
          data-transition={data.transition.id}
          title={[data.transition.event, data.transition.guard, ...data.transition.warnings].filter(Boolean).join('\n')}
          onClick={() => data.onSelect(id)}
        >
          {data.transition.guard ? '◆ ' : ''}
          {data.transition.label}
          {data.count > 1 ? ` ×${data.count}` : ''}
        </button>
      </EdgeLabelRenderer>
    </>
  );
}

const nodeTypes = { stage: StageNodeView };
const edgeTypes = { routed: RoutedEdgeView };

export interface WorkflowGraphProps {
  stages: GraphStage[];
  transitions: GraphTransition[];
  selectedStage?: string;
  selectedTransition?: string;
  vertical: boolean;
  /** Changes when the shell asked to show a place: the graph then centres the selected stage. */
  focusTick: number;
  onSelectStage(id: string): void;
  onSelectTransition(id: string): void;
  onConnect(source: string, target: string): void;
  onLayout?(layout: Layout): void;
}

export function WorkflowGraph(props: WorkflowGraphProps) {
  return (
    <ReactFlowProvider>
      <GraphInner {...props} />
    </ReactFlowProvider>
  );
}

function GraphInner(props: WorkflowGraphProps) {
  const { t } = useTranslation();
  const { stages, transitions, vertical } = props;
  // Alternatives of one event between the same two stages are one edge; transitions within a stage are loops in the node.
  const groups = useMemo(() => {
    const map = new Map<string, { first: GraphTransition; count: number; warn: boolean; ids: string[] }>();
    for (const tr of transitions) {
      const key = `${tr.source}\u0000${tr.target}\u0000${tr.event}`;
      const group = map.get(key);
      if (group) {
        group.count++;
        group.ids.push(tr.id);
        group.warn ||= tr.warnings.length > 0;
      } else map.set(key, { first: tr, count: 1, warn: tr.warnings.length > 0, ids: [tr.id] });
    }
    return [...map.values()];
  }, [transitions]);
  const edgeGroups = groups.filter((g) => g.first.source !== g.first.target);
  const loopsOf = (stage: string): Loop[] =>
    groups
      .filter((g) => g.first.source === stage && g.first.target === stage)
      .map((g) => ({ id: g.first.id, label: g.first.label, count: g.count, warn: g.warn, selected: !!props.selectedTransition && g.ids.includes(props.selectedTransition) }));
  const [layout, setLayout] = useState<Layout | undefined>();
  const [error, setError] = useState<string | undefined>();
  const flow = useReactFlow();
  // The nodes are rebuilt on every render, so they carry the sizes React Flow measured: without them it would forget
  // the handles' positions and could neither draw edges nor start a connection until it measured again.
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const [, setMeasuredTick] = useState(0);

  // Layout depends only on the shape and the label texts, not on warnings or selection.
  const shape = useMemo(
    () => JSON.stringify({ n: stages.map((s) => s.id), e: transitions.map((e) => [e.id, e.source, e.target, e.label, e.guard ? 1 : 0]), vertical }),
    [stages, transitions, vertical],
  );
  useEffect(() => {
    let current = true;
    const ids = new Set(stages.map((s) => s.id));
    layoutGraph({
      direction: vertical ? 'DOWN' : 'RIGHT',
      nodes: stages.map((s) => ({ id: s.id, width: nodeWidth, height: heightOf(loopsOf(s.id).length) })),
      edges: edgeGroups
        .filter(({ first: e }) => ids.has(e.source) && ids.has(e.target))
        .map(({ first: e, count }) => ({ id: e.id, source: e.source, target: e.target, label: (e.guard ? '◆ ' : '') + e.label + (count > 1 ? ` ×${count}` : '') })),
    })
      .then((result) => {
        if (!current) return;
        setLayout(result);
        setError(undefined);
        props.onLayout?.(result);
      })
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape]);

  useEffect(() => {
    if (layout) void flow.fitView({ padding: 0.15, maxZoom: 1.1 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  useEffect(() => {
    if (props.focusTick > 0 && props.selectedStage) void flow.fitView({ nodes: [{ id: props.selectedStage }], maxZoom: 1.2, duration: 250 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusTick]);

  const nodes: StageNode[] = stages.map((stage, i) => ({
    id: stage.id,
    type: 'stage',
    position: layout?.nodes[stage.id] ?? { x: (i % 4) * (nodeWidth + 80), y: Math.floor(i / 4) * (nodeHeight + 80) },
    data: { stage, vertical, loops: loopsOf(stage.id), onSelectTransition: props.onSelectTransition },
    selected: props.selectedStage === stage.id,
    width: nodeWidth,
    height: heightOf(loopsOf(stage.id).length),
    measured: measured.current.get(stage.id),
    ariaLabel: [stage.label, stage.initial ? t('workflow.stage.initialBadge') : '', stage.final ? t('workflow.stage.finalBadge') : '', ...stage.warnings].filter(Boolean).join(', '),
  }));
  const ids = new Set(stages.map((s) => s.id));
  const edges: RoutedEdge[] = edgeGroups
    .filter(({ first: e }) => ids.has(e.source) && ids.has(e.target))
    .map(({ first: transition, count, ids: members }) => ({
      id: transition.id,
      type: 'routed',
      source: transition.source,
      target: transition.target,
      selected: !!props.selectedTransition && members.includes(props.selectedTransition),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      ariaLabel: t('workflow.graph.edgeLabel', { event: transition.label, from: transition.source, to: transition.target }),
      data: { transition, count, points: layout?.edges[transition.id]?.points, labelAt: layout?.edges[transition.id]?.label, onSelect: props.onSelectTransition },
    }));

  return (
    <div
      className="wf-graph"
      data-laid-out={layout ? 'true' : 'false'}
      // Enter or Space on a focused stage selects it, as a click does.
      onKeyDown={(e) => {
        const node = e.target instanceof HTMLElement && e.target.classList.contains('react-flow__node') ? e.target.dataset.id : undefined;
        if (node && (e.key === 'Enter' || e.key === ' ')) props.onSelectStage(node);
      }}
    >
      {error && <p className="error" role="alert">{t('workflow.graph.layoutFailed', { error })}</p>}
      <ReactFlow<StageNode, RoutedEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable
        elementsSelectable
        minZoom={0.2}
        maxZoom={2}
        onNodeClick={(_e, node) => props.onSelectStage(node.id)}
        onNodesChange={(changes) => {
          let changed = false;
          for (const c of changes) {
            if (c.type !== 'dimensions' || !c.dimensions) continue;
            const before = measured.current.get(c.id);
            if (before?.width === c.dimensions.width && before.height === c.dimensions.height) continue;
            measured.current.set(c.id, c.dimensions);
            changed = true;
          }
          if (changed) setMeasuredTick((n) => n + 1);
        }}
        onEdgeClick={(_e, edge) => props.onSelectTransition(edge.id)}
        onConnect={(c: Connection) => c.source && c.target && props.onConnect(c.source, c.target)}
        ariaLabelConfig={{
          'node.a11yDescription.default': t('workflow.flow.nodeHelp'),
          'node.a11yDescription.keyboardDisabled': t('workflow.flow.nodeHelp'),
          'edge.a11yDescription.default': t('workflow.flow.edgeHelp'),
          'controls.ariaLabel': t('workflow.flow.controls'),
          'controls.zoomIn.ariaLabel': t('workflow.flow.zoomIn'),
          'controls.zoomOut.ariaLabel': t('workflow.flow.zoomOut'),
          'controls.fitView.ariaLabel': t('workflow.flow.fitView'),
          'controls.interactive.ariaLabel': t('workflow.flow.interactive'),
          'minimap.ariaLabel': t('workflow.flow.minimap'),
          'handle.ariaLabel': t('workflow.flow.handle'),
        }}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
