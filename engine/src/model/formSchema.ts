import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Closed, Dict, Id, Key, Literals, OfficeTypes, SchemaRef, SensitiveCategories, patterns } from './common';

export const FieldTypes = ['string', 'integer', 'number', 'boolean', 'object', 'array'] as const;
export const FieldFormats = ['date', 'time', 'date-time', 'email', 'phone', 'attachment'] as const;
export const Widgets = ['text', 'textarea', 'radio', 'select', 'checkboxes', 'photo', 'attachment', 'district', 'office'] as const;

const Option = Closed(
  {
    const: Type.Union([Type.String(), Type.Integer()], { description: 'Stored value' }),
    title: Type.Optional(Key('Translation key of the option label (required)')),
  },
  'One option of a choice',
);

/** One field of a form: a strict subset of JSON Schema plus x- annotations. */
export const FieldSchema = Type.Recursive(
  (Self) =>
    Closed(
      {
        type: Literals(FieldTypes, 'Data type'),
        title: Type.Optional(Key('Translation key of the label (required except for table rows)')),
        description: Type.Optional(Key('Translation key of the help text')),
        properties: Type.Optional(Dict(patterns.id, Self, 'Fields of a section')),
        required: Type.Optional(Type.Array(Type.String(), { uniqueItems: true, description: 'Fields required in complete mode' })),
        items: Type.Optional(Self),
        minItems: Type.Optional(Type.Integer({ minimum: 0 })),
        maxItems: Type.Optional(Type.Integer({ minimum: 0 })),
        uniqueItems: Type.Optional(Type.Boolean()),
        minLength: Type.Optional(Type.Integer({ minimum: 0 })),
        maxLength: Type.Optional(Type.Integer({ minimum: 0 })),
        pattern: Type.Optional(Type.String({ description: 'Regular expression the text must match' })),
        format: Type.Optional(Literals(FieldFormats, 'Text format')),
        minimum: Type.Optional(Type.Number()),
        maximum: Type.Optional(Type.Number()),
        default: Type.Optional(Type.Unknown()),
        oneOf: Type.Optional(Type.Array(Option, { minItems: 1, description: 'Options of a choice' })),
        readOnly: Type.Optional(Type.Boolean({ description: 'Computed or otherwise not typed by users' })),
        'x-widget': Type.Optional(Literals(Widgets, 'How the field is rendered')),
        'x-officeTypes': Type.Optional(Type.Array(Literals(OfficeTypes, 'Office type'), { description: 'Office picker filter' })),
        'x-notInFuture': Type.Optional(Type.Boolean({ description: 'A date that may not be after today' })),
        'x-sensitive': Type.Optional(Literals(SensitiveCategories, 'Sensitive data category')),
        'x-messages': Type.Optional(Type.Record(Type.String(), Key('Translation key'), { description: 'Per-keyword message overrides' })),
      },
      'A form field',
    ),
  { $id: 'Field' },
);

export interface FieldCondition {
  field?: string;
  schema?: Record<string, unknown>;
  all?: FieldCondition[];
  any?: FieldCondition[];
  not?: FieldCondition;
}

/** A condition on form data: one field against a JSON Schema, or all/any/not of conditions. */
export const ConditionSchema: TSchema = Type.Recursive(
  (Self) =>
    Type.Union([
      Closed({ field: Type.String({ description: 'Dotted path of the field' }), schema: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema the value must satisfy' }) }, 'Field condition'),
      Closed({ all: Type.Array(Self, { minItems: 1 }) }, 'All conditions hold'),
      Closed({ any: Type.Array(Self, { minItems: 1 }) }, 'Any condition holds'),
      Closed({ not: Self }, 'The condition does not hold'),
    ]),
  { $id: 'Condition' },
);

const Rule = Closed(
  {
    id: Id('Rule id'),
    when: ConditionSchema,
    show: Type.Optional(Type.Array(Type.String(), { description: 'Paths shown only while the condition holds' })),
    require: Type.Optional(Type.Array(Type.String(), { description: 'Paths required while the condition holds' })),
  },
  'A show/require rule, mirrored into the JSON Schema and the UI schema',
);

const Computed = Closed(
  {
    field: Type.String({ description: 'Path of the computed field (readOnly)' }),
    fn: Literals(['ageInYears'] as const, 'Computation'),
    from: Type.String({ description: 'Path of the source field' }),
  },
  'A computed value',
);

/** JSON Schema of `form-definitions/<slug>/forms/<id>.json`. */
export const FormSchema = Closed(
  {
    $schema: SchemaRef,
    id: Id('Form id, equal to the file name'),
    version: Type.Integer({ minimum: 1, description: 'Version, raised on every published change' }),
    title: Key('Translation key of the form title'),
    description: Type.Optional(Key('Translation key of the form description')),
    schema: FieldSchema,
    uischema: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Forms UI schema (labels are keys)' })),
    rules: Type.Optional(Type.Array(Rule)),
    computed: Type.Optional(Type.Array(Computed)),
  },
  'A form',
);

export type Field = Static<typeof FieldSchema>;
export type FormRule = Static<typeof Rule>;
export type FormConfig = Static<typeof FormSchema> & { rules?: { id: string; when: FieldCondition; show?: string[]; require?: string[] }[] };
