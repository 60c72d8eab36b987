import { Type, type Static } from '@sinclair/typebox';
import { Closed, Dict, Key, Literals, OfficeTypes, SchemaRef, patterns } from './common';

export const Actions = ['create', 'read', 'update', 'fire', 'assign', 'manage'] as const;
export const Subjects = ['record', 'user', 'configuration', 'report', 'audit', 'all'] as const;
/** Record attributes a rule's conditions may test. */
export const RecordConditionFields = ['state', 'district', 'office', 'recordType', 'stage', 'ownerId', 'assignees'] as const;

const OneOrMany = <T extends ReturnType<typeof Literals>>(t: T) => Type.Union([t, Type.Array(t, { minItems: 1 })]);

const Rule = Closed(
  {
    action: OneOrMany(Literals(Actions, 'Action')),
    subject: OneOrMany(Literals(Subjects, 'Subject')),
    fields: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1 })], { description: 'Field patterns, or event names for fire' })),
    conditions: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'MongoDB-style conditions with ${user.*} placeholders' })),
    inverted: Type.Optional(Type.Boolean({ description: 'A "cannot" rule' })),
    reason: Type.Optional(Key('Translation key of the reason for a cannot rule')),
  },
  'A CASL rule',
);

const Role = Closed(
  {
    label: Key('Translation key of the role name'),
    description: Type.Optional(Key('Translation key of a description')),
    officeTypes: Type.Optional(Type.Array(Literals(OfficeTypes, 'Office type'), { description: 'Offices a user of this role belongs to' })),
    rules: Type.Array(Rule, { description: 'CASL rules' }),
  },
  'A role',
);

/** JSON Schema of `workflows/<slug>/roles.json`. */
export const RolesSchema = Closed(
  {
    $schema: SchemaRef,
    roles: Dict(patterns.id, Role, 'Role id -> role'),
  },
  'Roles of a state',
);

export type RolesConfig = Static<typeof RolesSchema>;
export type RoleConfig = Static<typeof Role>;
export type RuleConfig = Static<typeof Rule>;
