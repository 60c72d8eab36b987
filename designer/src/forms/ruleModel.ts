// The rule builder's model: form rules (`{ id, when, show, require }`) to editable conditions and back, losslessly.
import type { FieldCondition } from '@suraksha/engine';

export const Operators = ['equals', 'notEquals', 'oneOf', 'includes', 'greaterThan', 'lessThan', 'isFilled', 'isEmpty'] as const;
export type Operator = (typeof Operators)[number];

/** JSON types a leaf's schema may name (kept so `{ type: 'array', contains }` and `{ contains }` both round-trip). */
export type ValueType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** One field compared with a value. `type` is written into the schema when set. */
export interface LeafCondition {
  kind: 'leaf';
  field: string;
  operator: Operator;
  value?: unknown;
  type?: ValueType;
}

/** Conditions combined with AND (`all`) or OR (`any`). */
export interface GroupCondition {
  kind: 'group';
  combinator: 'all' | 'any';
  items: ConditionNode[];
}

/** A condition the builder cannot show; the UI edits it as JSON. */
export interface RawCondition {
  kind: 'raw';
  when: FieldCondition;
}

export type ConditionNode = LeafCondition | GroupCondition | RawCondition;

export interface RuleModel {
  id: string;
  condition: ConditionNode;
  /** Undefined when the rule has no `show` list (kept apart from an empty list for round-trips). */
  show?: string[];
  require?: string[];
}

export interface FormRuleJson {
  id: string;
  when: FieldCondition;
  show?: string[];
  require?: string[];
}

const valueTypes: readonly string[] = ['string', 'integer', 'number', 'boolean', 'object', 'array'];
const filledKeyword: Partial<Record<ValueType, Record<string, number>>> = { object: { minProperties: 1 }, array: { minItems: 1 }, string: { minLength: 1 } };

/** The schema of a leaf (without `not`), as the engine expects under `{ field, schema }`. */
function leafSchema(leaf: LeafCondition): Record<string, unknown> {
  const typed: Record<string, unknown> = leaf.type ? { type: leaf.type } : {};
  switch (leaf.operator) {
    case 'equals':
    case 'notEquals':
      return { ...typed, const: leaf.value };
    case 'oneOf':
      return { ...typed, enum: Array.isArray(leaf.value) ? leaf.value : [leaf.value] };
    case 'includes':
      return { ...typed, contains: { const: leaf.value } };
    case 'greaterThan':
      return { ...typed, exclusiveMinimum: leaf.value };
    case 'lessThan':
      return { ...typed, exclusiveMaximum: leaf.value };
    case 'isFilled':
    case 'isEmpty':
      return { ...typed, ...(leaf.type ? filledKeyword[leaf.type] : {}) };
  }
}

/** The engine condition of a model node. */
export function toCondition(node: ConditionNode): FieldCondition {
  if (node.kind === 'raw') return structuredClone(node.when);
  if (node.kind === 'group') return { [node.combinator]: node.items.map(toCondition) };
  const plain: FieldCondition = { field: node.field, schema: leafSchema(node) };
  return node.operator === 'notEquals' || node.operator === 'isEmpty' ? { not: plain } : plain;
}

/** The model of an engine condition; anything the builder cannot represent exactly becomes a raw node. */
export function fromCondition(when: FieldCondition): ConditionNode {
  const parsed = parse(when);
  // Only accept a reading that writes back exactly the same condition.
  if (parsed && sameJson(toCondition(parsed), when)) return parsed;
  return { kind: 'raw', when: structuredClone(when) };
}

function parse(when: FieldCondition): ConditionNode | undefined {
  const keys = Object.keys(when);
  if (keys.length !== 1 && !(keys.length === 2 && 'field' in when && 'schema' in when)) return undefined;
  if (when.all || when.any) {
    const items = (when.all ?? when.any)!;
    if (!Array.isArray(items) || items.length === 0) return undefined;
    return { kind: 'group', combinator: when.all ? 'all' : 'any', items: items.map(fromCondition) };
  }
  if (when.not) {
    const inner = parse(when.not);
    if (inner?.kind !== 'leaf') return undefined;
    if (inner.operator === 'equals') return { ...inner, operator: 'notEquals' };
    if (inner.operator === 'isFilled') return { ...inner, operator: 'isEmpty' };
    return undefined;
  }
  if (typeof when.field !== 'string' || !isObject(when.schema)) return undefined;
  return parseLeaf(when.field, when.schema);
}

function parseLeaf(field: string, schema: Record<string, unknown>): LeafCondition | undefined {
  const { type, ...rest } = schema;
  if (type !== undefined && (typeof type !== 'string' || !valueTypes.includes(type))) return undefined;
  const base = { kind: 'leaf' as const, field, ...(type ? { type: type as ValueType } : {}) };
  const keys = Object.keys(rest);
  if (keys.length === 0) return { ...base, operator: 'isFilled' };
  if (keys.length !== 1) return undefined;
  const [key] = keys;
  const value = rest[key!];
  switch (key) {
    case 'const':
      return { ...base, operator: 'equals', value };
    case 'enum':
      return Array.isArray(value) ? { ...base, operator: 'oneOf', value } : undefined;
    case 'contains':
      return isObject(value) && Object.keys(value).length === 1 && 'const' in value ? { ...base, operator: 'includes', value: value.const } : undefined;
    case 'exclusiveMinimum':
      return typeof value === 'number' ? { ...base, operator: 'greaterThan', value } : undefined;
    case 'exclusiveMaximum':
      return typeof value === 'number' ? { ...base, operator: 'lessThan', value } : undefined;
    case 'minProperties':
    case 'minItems':
    case 'minLength':
      return value === 1 ? { ...base, operator: 'isFilled' } : undefined;
  }
  return undefined;
}

/** A rule of the form file as the builder edits it. */
export function fromRule(rule: FormRuleJson): RuleModel {
  return { id: rule.id, condition: fromCondition(rule.when), ...(rule.show ? { show: [...rule.show] } : {}), ...(rule.require ? { require: [...rule.require] } : {}) };
}

/** The form file's rule, keys in the files' usual order. */
export function toRule(model: RuleModel): FormRuleJson {
  return { id: model.id, when: toCondition(model.condition), ...(model.show ? { show: [...model.show] } : {}), ...(model.require ? { require: [...model.require] } : {}) };
}

/** A new leaf for a field of the given JSON type, with the operator the type suggests. */
export function newLeaf(field: string, fieldType: ValueType | undefined): LeafCondition {
  if (fieldType === 'boolean') return { kind: 'leaf', field, operator: 'equals', value: true };
  if (fieldType === 'object') return { kind: 'leaf', field, operator: 'isFilled', type: 'object' };
  if (fieldType === 'array') return { kind: 'leaf', field, operator: 'includes', value: '', type: 'array' };
  return { kind: 'leaf', field, operator: 'equals', value: '' };
}

/** Operators that make sense for a field of this JSON type. */
export function operatorsFor(fieldType: ValueType | undefined): Operator[] {
  switch (fieldType) {
    case 'boolean':
      return ['equals', 'notEquals', 'isFilled', 'isEmpty'];
    case 'integer':
    case 'number':
      return ['equals', 'notEquals', 'oneOf', 'greaterThan', 'lessThan', 'isFilled', 'isEmpty'];
    case 'array':
      return ['includes', 'isFilled', 'isEmpty'];
    case 'object':
      return ['isFilled', 'isEmpty'];
    default:
      return ['equals', 'notEquals', 'oneOf', 'isFilled', 'isEmpty'];
  }
}

/** Whether an operator takes a value (and whether it is a list). */
export function operatorValue(operator: Operator): 'none' | 'one' | 'list' {
  if (operator === 'isFilled' || operator === 'isEmpty') return 'none';
  return operator === 'oneOf' ? 'list' : 'one';
}

/** The fields a condition reads. */
export function conditionFieldsOf(node: ConditionNode): string[] {
  if (node.kind === 'leaf') return [node.field];
  if (node.kind === 'group') return node.items.flatMap(conditionFieldsOf);
  return [];
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
