import { setup, type AnyStateMachine } from 'xstate';
import type { EnginePlugin, GuardContext } from '../plugin/EnginePlugin';
import type { StageConfig, TransitionConfig, WorkflowConfig } from '../model/workflowSchema';

/** A workflow compiled into an XState machine, with its stages and events for quick lookup. */
export interface CompiledWorkflow {
  id: string;
  version: number;
  config: WorkflowConfig;
  machine: AnyStateMachine;
  stage(id: string): StageConfig | undefined;
  /** The transitions an event may take from a stage, in order (empty when the event is not handled there). */
  transitionsFrom(stage: string, event: string): TransitionConfig[];
  /** The machine snapshot of a stage (snapshots are immutable, so one per stage is shared). */
  snapshotOf(stage: string): ReturnType<AnyStateMachine['resolveState']>;
}

/** The event XState sees: our event type plus the guard context. */
export type MachineEvent = { type: string } & GuardContext;

/** Builds the XState machine from JSON; guard and action names are resolved from the given plugins. */
export function compileWorkflow(workflow: WorkflowConfig, plugins: readonly EnginePlugin[]): CompiledWorkflow {
  const guards: Record<string, (args: { event: MachineEvent }, params: Record<string, unknown>) => boolean> = {};
  const actions: Record<string, () => void> = {};
  for (const plugin of plugins) {
    for (const [name, guard] of Object.entries(plugin.guards ?? {})) {
      guards[name] = ({ event }, params) => guard.evaluate(event, params ?? {});
    }
    // Actions do nothing inside the machine: transition() returns them and the caller turns them into effects.
    for (const name of Object.keys(plugin.actions ?? {})) actions[name] = () => undefined;
  }
  const builder = setup({ types: {} as { events: MachineEvent }, guards, actions });
  // The JSON was checked against the workflow schema and every name resolved, so it is a valid machine config.
  const machine = builder.createMachine(workflow.machine as unknown as Parameters<typeof builder.createMachine>[0]);
  const states = workflow.machine.states as Record<string, StageConfig>;
  const snapshots = new Map<string, ReturnType<AnyStateMachine['resolveState']>>();
  return {
    id: workflow.id,
    version: workflow.version,
    config: workflow,
    machine,
    stage: (id) => states[id],
    snapshotOf(stage) {
      let snapshot = snapshots.get(stage);
      if (!snapshot) snapshots.set(stage, (snapshot = machine.resolveState({ value: stage, context: {} })));
      return snapshot;
    },
    transitionsFrom(stage, event) {
      const handler = states[stage]?.on?.[event];
      if (!handler) return [];
      return Array.isArray(handler) ? handler : [handler];
    },
  };
}
