import { Type, type Static } from '@sinclair/typebox';
import { Closed, Dict, EventName, Id, Key, SchemaRef, patterns } from './common';

const Params = Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Parameters of the guard or action' }));

const GuardRef = Closed({ type: Id('Guard name (built-in or plugin)'), params: Params }, 'A named guard with parameters');
const ActionRef = Closed({ type: Id('Action name (built-in or plugin)'), params: Params }, 'A named action with parameters');

const Transition = Closed(
  {
    target: Id('Stage the record moves to'),
    guard: Type.Optional(GuardRef),
    actions: Type.Optional(Type.Array(ActionRef)),
    description: Type.Optional(Type.String({ description: 'Note for implementers' })),
  },
  'A transition',
);

const Stage = Closed(
  {
    type: Type.Optional(Type.Literal('final', { description: 'A final stage: the record is closed' })),
    meta: Closed(
      {
        label: Key('Translation key of the stage name'),
        editableForms: Type.Optional(Type.Array(Id('Form id'), { uniqueItems: true, description: 'Forms that may be saved in this stage' })),
        requiredForms: Type.Optional(Type.Array(Id('Form id'), { uniqueItems: true, description: 'Forms complete before entering' })),
        color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
      },
      'Stage metadata',
    ),
    entry: Type.Optional(Type.Array(ActionRef, { description: 'Actions on entering the stage' })),
    exit: Type.Optional(Type.Array(ActionRef, { description: 'Actions on leaving the stage' })),
    on: Type.Optional(
      Dict(patterns.event, Type.Union([Transition, Type.Array(Transition, { minItems: 1 })]), 'Event -> transition(s)'),
    ),
  },
  'A stage of the case',
);

const EventConfig = Closed(
  {
    label: Key('Translation key of the action button'),
    confirm: Type.Optional(Key('Translation key of the confirmation question')),
  },
  'An event users can fire',
);

/** JSON Schema of `workflows/<slug>/<workflowId>.json`. */
export const WorkflowSchema = Closed(
  {
    $schema: SchemaRef,
    id: Id('Workflow id, equal to the file name'),
    version: Type.Integer({ minimum: 1 }),
    label: Key('Translation key of the workflow name'),
    events: Dict(patterns.event, EventConfig, 'Events of this workflow'),
    machine: Closed(
      {
        id: Id('Machine id'),
        initial: Id('First stage'),
        states: Dict(patterns.id, Stage, 'Stages'),
      },
      'XState machine config (flat stages)',
    ),
  },
  'A case workflow',
);

export type WorkflowConfig = Static<typeof WorkflowSchema>;
export type StageConfig = Static<typeof Stage>;
export type TransitionConfig = Static<typeof Transition>;
export type GuardRefConfig = Static<typeof GuardRef>;
export type ActionRefConfig = Static<typeof ActionRef>;
export { EventName };
