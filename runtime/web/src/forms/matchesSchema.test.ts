import { describe, expect, it } from 'vitest';
import { matchesSchema } from './matchesSchema';

// The shapes the engine's conditionToSchema produces for show rules, plus the value keywords rules use.
describe('matchesSchema', () => {
  const knownParents = { type: 'object', properties: { parents: { type: 'object', properties: { known: { const: true } }, required: ['known'] } }, required: ['parents'] };

  it('evaluates nested required/const conditions as the engine writes them', () => {
    expect(matchesSchema(knownParents, { parents: { known: true } })).toBe(true);
    expect(matchesSchema(knownParents, { parents: { known: false } })).toBe(false);
    expect(matchesSchema(knownParents, { parents: {} })).toBe(false);
    expect(matchesSchema(knownParents, {})).toBe(false);
  });

  it('combines with allOf, anyOf, not', () => {
    const a = { type: 'object', properties: { x: { enum: ['a', 'b'] } }, required: ['x'] };
    const b = { type: 'object', properties: { y: { minimum: 18 } }, required: ['y'] };
    expect(matchesSchema({ allOf: [a, b] }, { x: 'a', y: 18 })).toBe(true);
    expect(matchesSchema({ allOf: [a, b] }, { x: 'a', y: 17 })).toBe(false);
    expect(matchesSchema({ anyOf: [a, b] }, { x: 'c', y: 20 })).toBe(true);
    expect(matchesSchema({ not: a }, { x: 'a' })).toBe(false);
    expect(matchesSchema({ not: a }, {})).toBe(true);
  });

  it('checks arrays (contains, minItems) and strings (pattern, length)', () => {
    expect(matchesSchema({ type: 'array', contains: { const: 'other' } }, ['gu', 'other'])).toBe(true);
    expect(matchesSchema({ type: 'array', contains: { const: 'other' } }, ['gu'])).toBe(false);
    expect(matchesSchema({ type: 'array', minItems: 1 }, [])).toBe(false);
    expect(matchesSchema({ type: 'string', pattern: '^\\d{12}$' }, '234567890123')).toBe(true);
    expect(matchesSchema({ type: 'string', maxLength: 2 }, 'અમદ')).toBe(false);
    expect(matchesSchema({ type: 'integer' }, 2.5)).toBe(false);
  });
});
