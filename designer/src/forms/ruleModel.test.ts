// Rule builder model: every rule of the three states' forms round-trips, and built conditions mean what they say.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionToSchema, createFormAjv } from '@suraksha/engine';
import { fromCondition, fromRule, toCondition, toRule, type ConditionNode, type FormRuleJson } from './ruleModel.ts';

const root = join(import.meta.dirname, '../../../form-definitions');
const rules: [string, FormRuleJson][] = [];
for (const slug of readdirSync(root)) {
  for (const file of readdirSync(join(root, slug, 'forms'))) {
    const form = JSON.parse(readFileSync(join(root, slug, 'forms', file), 'utf8')) as { rules?: FormRuleJson[] };
    for (const rule of form.rules ?? []) rules.push([`${slug}/${file}#${rule.id}`, rule]);
  }
}

describe('rule model', () => {
  it('finds rules in all three states', () => {
    expect(rules.length).toBeGreaterThan(60);
    expect(new Set(rules.map(([name]) => name.split('/')[0])).size).toBe(3);
  });

  it.each(rules)('round-trips %s exactly, without falling back to JSON', (_name, rule) => {
    const model = fromRule(rule);
    expect(JSON.stringify(toRule(model))).toBe(JSON.stringify(rule));
    expect(containsRaw(model.condition)).toBe(false);
  });

  it('reads the shapes used in the states', () => {
    expect(fromCondition({ field: 'a', schema: { const: true } })).toEqual({ kind: 'leaf', field: 'a', operator: 'equals', value: true });
    expect(fromCondition({ not: { field: 'a', schema: { const: 'self' } } })).toMatchObject({ operator: 'notEquals', value: 'self' });
    expect(fromCondition({ field: 'a', schema: { enum: ['x', 'y'] } })).toMatchObject({ operator: 'oneOf', value: ['x', 'y'] });
    expect(fromCondition({ field: 'a', schema: { type: 'array', contains: { const: 'other' } } })).toMatchObject({ operator: 'includes', type: 'array', value: 'other' });
    expect(fromCondition({ field: 'a', schema: { type: 'object', minProperties: 1 } })).toMatchObject({ operator: 'isFilled', type: 'object' });
  });

  it('falls back to JSON for conditions it cannot show, and keeps them unchanged', () => {
    const odd = { field: 'a', schema: { pattern: '^x', minLength: 3 } };
    expect(fromCondition(odd)).toEqual({ kind: 'raw', when: odd });
    const nested = { all: [{ field: 'b', schema: { const: 1 } }, { not: { any: [{ field: 'c', schema: { const: 2 } }] } }] };
    const model = fromCondition(nested);
    expect(model.kind).toBe('group');
    expect((model as { items: ConditionNode[] }).items[1]!.kind).toBe('raw');
    expect(toCondition(model)).toEqual(nested);
  });

  it('builds AND/OR conditions the engine evaluates as meant', () => {
    const ajv = createFormAjv();
    const node: ConditionNode = {
      kind: 'group',
      combinator: 'any',
      items: [
        { kind: 'group', combinator: 'all', items: [{ kind: 'leaf', field: 'child.age', operator: 'greaterThan', value: 14 }, { kind: 'leaf', field: 'child.sex', operator: 'notEquals', value: 'male' }] },
        { kind: 'leaf', field: 'child.notes', operator: 'isFilled', type: 'string' },
      ],
    };
    const check = ajv.compile(conditionToSchema(toCondition(node)));
    expect(check({ child: { age: 15, sex: 'female' } })).toBe(true);
    expect(check({ child: { age: 15 } })).toBe(true);
    expect(check({ child: { age: 15, sex: 'male' } })).toBe(false);
    expect(check({ child: { age: 14, sex: 'female' } })).toBe(false);
    expect(check({ child: { notes: 'x' } })).toBe(true);
    expect(check({ child: { notes: '' } })).toBe(false);
    const empty = ajv.compile(conditionToSchema(toCondition({ kind: 'leaf', field: 'a.b', operator: 'isEmpty', type: 'string' })));
    expect(empty({})).toBe(true);
    expect(empty({ a: { b: '' } })).toBe(true);
    expect(empty({ a: { b: 'x' } })).toBe(false);
    const less = ajv.compile(conditionToSchema(toCondition({ kind: 'leaf', field: 'n', operator: 'lessThan', value: 3 })));
    expect([less({ n: 2 }), less({ n: 3 }), less({})]).toEqual([true, false, false]);
    const oneOf = ajv.compile(conditionToSchema(toCondition({ kind: 'leaf', field: 'o', operator: 'oneOf', value: ['a', 'b'] })));
    expect([oneOf({ o: 'a' }), oneOf({ o: 'c' })]).toEqual([true, false]);
  });
});

function containsRaw(node: ConditionNode): boolean {
  return node.kind === 'raw' || (node.kind === 'group' && node.items.some(containsRaw));
}
