import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parseJsonText';

describe('parseJsonText', () => {
  it('reports syntax errors with line and column', () => {
    const result = parseJsonText('a.json', '{\n  "a": 1,\n  "b": [1, 2\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ file: 'a.json', code: 'invalidJson', line: 4, column: 1 });
  });

  it('refuses comments and trailing commas, which JSON does not allow', () => {
    expect(parseJsonText('a.json', '{ "a": 1, }').ok).toBe(false);
    expect(parseJsonText('a.json', '{ "a": 1 } // note').ok).toBe(false);
  });

  it('locates a JSON pointer, falling back to the nearest existing parent', () => {
    const result = parseJsonText('a.json', '{\n  "x": {\n    "y": [10, 20]\n  }\n}');
    if (!result.ok) throw new Error('should parse');
    expect(result.json.locate('/x/y/1')).toEqual({ line: 3, column: 15 });
    expect(result.json.locate('/x/missing')).toEqual({ line: 2, column: 3 });
    expect(result.json.value).toEqual({ x: { y: [10, 20] } });
  });
});
