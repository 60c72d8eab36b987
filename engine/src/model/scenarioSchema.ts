import { Type, type Static, type TSchema, type TUnion } from '@sinclair/typebox';
import { Closed, Code, Dict, Duration, EventName, Id, Literals, SchemaRef, patterns } from './common';

export const RefusalCodes = [
  'forbidden', 'notFound', 'notAvailable', 'unknownEvent', 'guardFailed', 'formIncomplete', 'notEditable', 'fieldsForbidden', 'invalidData', 'final',
] as const;

const Expect = Closed(
  {
    ok: Type.Optional(Type.Boolean()),
    code: Type.Optional(Literals(RefusalCodes, 'Refusal code')),
    stage: Type.Optional(Type.String()),
    deadlines: Type.Optional(Type.Array(Type.String(), { description: 'Deadline ids open after the step' })),
    overdue: Type.Optional(Type.Array(Type.String(), { description: 'Deadline ids overdue now' })),
    hidden: Type.Optional(Type.Array(Type.String(), { description: 'Field paths the user may not read' })),
    visible: Type.Optional(Type.Array(Type.String(), { description: 'Field paths the user may read' })),
    events: Type.Optional(Type.Array(Type.String(), { description: 'Exactly the events the user may fire' })),
    issues: Type.Optional(Type.Array(Type.String(), { description: 'JSON pointers of validation issues' })),
    effects: Type.Optional(Type.Array(Type.String(), { description: 'Effect types returned by the step' })),
    message: Type.Optional(Closed({ lang: Type.String({ pattern: patterns.language }), includes: Type.String() }, 'Refusal text')),
  },
  'What the step must produce',
);

const base = { as: Type.Optional(Id('User key')), expect: Type.Optional(Expect), note: Type.Optional(Type.String()) };

const Step = discriminated('do', [
  Closed({ do: Type.Literal('create'), district: Code('District'), office: Type.Optional(Code('Office')), ...base }, 'Create a record'),
  Closed(
    { do: Type.Literal('save'), form: Id('Form id'), mode: Type.Union([Type.Literal('draft'), Type.Literal('complete')]), data: Type.Record(Type.String(), Type.Unknown()), ...base },
    'Save a form',
  ),
  Closed({ do: Type.Literal('fire'), event: EventName('Event'), ...base }, 'Fire an event'),
  Closed({ do: Type.Literal('advance'), by: Duration('How long'), ...base }, 'Let time pass'),
  Closed({ do: Type.Literal('read'), ...base }, 'Read the record'),
  Closed({ do: Type.Literal('events'), ...base }, 'List the events available'),
  Closed({ do: Type.Literal('check'), ...base }, 'Check the record state'),
]);

/** A union told apart by one property, so errors come from the matching branch only. */
function discriminated<T extends TSchema[]>(propertyName: string, variants: [...T]) {
  return Type.Unsafe<Static<TUnion<T>>>({ type: 'object', required: [propertyName], discriminator: { propertyName }, oneOf: variants, description: 'A step' });
}

const User = Closed(
  { roles: Type.Array(Id('Role id'), { minItems: 1 }), district: Type.Optional(Code('District')), office: Type.Optional(Code('Office')), state: Type.Optional(Type.String({ description: 'Defaults to this state' })) },
  'A test user',
);

/** JSON Schema of `workflows/<slug>/scenarios/<id>.json`. */
export const ScenarioSchema = Closed(
  {
    $schema: SchemaRef,
    id: Id('Scenario id'),
    description: Type.String({ description: 'What the scenario shows' }),
    recordType: Id('Record type'),
    start: Type.String({ format: 'date-time', description: 'Clock at the first step' }),
    users: Dict(patterns.id, User, 'Test users by key'),
    steps: Type.Array(Step, { minItems: 1 }),
  },
  'A scenario test of a state configuration',
);

export type Scenario = Static<typeof ScenarioSchema>;
export type ScenarioStep = Static<typeof Step>;
export type ScenarioExpect = Static<typeof Expect>;
