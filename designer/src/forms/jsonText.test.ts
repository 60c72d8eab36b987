// The JSON view places parse errors by line and column, and says what is wrong by the engine's message key.
import { describe, expect, it } from 'vitest';
import { lineColumn, parseError } from './JsonView.tsx';

describe('JSON view', () => {
  it('finds the line and column of a syntax error', () => {
    expect(parseError('{"a": 1}')).toBeUndefined();
    const error = parseError('{\n  "id": "x",\n  "version": 1,,\n}');
    expect(error).toMatchObject({ line: 3, column: 16, key: 'json.propertyNameExpected', message: 'broken JSON: property name expected' });
    expect(parseError('{\n  "a": ')).toMatchObject({ line: 2 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
