import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { EnginePlugin, GuardContext, GuardDefinition, ReasonKey } from '../plugin/EnginePlugin';
import { patterns } from '../model/common';

type Params = Record<string, unknown>;
type GuardRef = { type: string; params?: Params };

const guardRefSchema = { type: 'object', required: ['type'], properties: { type: { type: 'string' }, params: { type: 'object' } }, additionalProperties: false };

/** The record as conditions see it: `{ forms: { <formId>: data }, stage, district, office, recordType }`. */
export function conditionView(context: GuardContext): Record<string, unknown> {
  const { record } = context;
  const forms = Object.fromEntries(Object.entries(record.forms).map(([id, f]) => [id, f.data]));
  return { forms, stage: record.stage, district: record.district, office: record.office, recordType: record.recordType };
}

/** The engine's own guards and actions, in the same shape as a plugin's. */
export function createBuiltins(ajv: Ajv): EnginePlugin {
  const compiled = new WeakMap<object, ValidateFunction>();
  const conditionHolds = (schema: unknown, context: GuardContext) => {
    let validate = compiled.get(schema as object);
    if (!validate) compiled.set(schema as object, (validate = ajv.compile(schema as object)));
    return validate(conditionView(context)) === true;
  };
  const guards: Record<string, GuardDefinition> = {};
  const evaluate = (ref: GuardRef, context: GuardContext): boolean => guards[ref.type]?.evaluate(context, ref.params ?? {}) ?? false;
  const explain = (ref: GuardRef, context: GuardContext): ReasonKey =>
    guards[ref.type]?.explain?.(context, ref.params ?? {}) ?? { key: 'refusal.conditionFailed' };

  Object.assign(guards, {
    formComplete: {
      params: { type: 'object', required: ['form'], properties: { form: { type: 'string', pattern: patterns.id } }, additionalProperties: false },
      evaluate: ({ record }, p) => record.forms[String(p.form)]?.status === 'complete',
      explain: (_c, p) => ({ key: 'refusal.formIncomplete', params: { form: `form:${String(p.form)}` } }),
    },
    condition: {
      params: { type: 'object', required: ['schema'], properties: { schema: { type: 'object' }, message: { type: 'string', pattern: patterns.key } }, additionalProperties: false },
      evaluate: (c, p) => conditionHolds(p.schema, c),
      explain: (_c, p) => ({ key: typeof p.message === 'string' ? p.message : 'refusal.conditionFailed' }),
    },
    hasRole: {
      params: { type: 'object', required: ['role'], properties: { role: { type: 'string', pattern: patterns.id } }, additionalProperties: false },
      evaluate: ({ user }, p) => user.roles.includes(String(p.role)),
      explain: (_c, p) => ({ key: 'refusal.roleRequired', params: { role: `role:${String(p.role)}` } }),
    },
    allOf: {
      params: { type: 'object', required: ['guards'], properties: { guards: { type: 'array', minItems: 1, items: guardRefSchema } }, additionalProperties: false },
      evaluate: (c, p) => (p.guards as GuardRef[]).every((g) => evaluate(g, c)),
      explain: (c, p) => explain((p.guards as GuardRef[]).find((g) => !evaluate(g, c)) ?? { type: 'none' }, c),
    },
    anyOf: {
      params: { type: 'object', required: ['guards'], properties: { guards: { type: 'array', minItems: 1, items: guardRefSchema } }, additionalProperties: false },
      evaluate: (c, p) => (p.guards as GuardRef[]).some((g) => evaluate(g, c)),
      explain: (c, p) => explain((p.guards as GuardRef[])[0] ?? { type: 'none' }, c),
    },
    not: {
      params: { type: 'object', required: ['guard'], properties: { guard: guardRefSchema }, additionalProperties: false },
      evaluate: (c, p) => !evaluate(p.guard as GuardRef, c),
      explain: () => ({ key: 'refusal.conditionFailed' }),
    },
  } satisfies Record<string, GuardDefinition>);

  return {
    name: 'builtin',
    guards,
    actions: {
      setDeadline: {
        params: {
          type: 'object',
          required: ['id', 'label', 'after', 'roles'],
          properties: {
            id: { type: 'string', pattern: patterns.id },
            label: { type: 'string', pattern: patterns.key },
            after: { type: 'string', pattern: patterns.duration },
            from: { type: 'string', pattern: '^(now|[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+)$' },
            roles: { type: 'array', items: { type: 'string', pattern: patterns.id } },
          },
          additionalProperties: false,
        },
      },
      clearDeadline: { params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: patterns.id } }, additionalProperties: false } },
      assign: { params: { type: 'object', required: ['role'], properties: { role: { type: 'string', pattern: patterns.id } }, additionalProperties: false } },
      notify: {
        params: {
          type: 'object',
          required: ['template', 'roles'],
          properties: { template: { type: 'string', pattern: patterns.key }, roles: { type: 'array', minItems: 1, items: { type: 'string', pattern: patterns.id } } },
          additionalProperties: false,
        },
      },
    },
  };
}
