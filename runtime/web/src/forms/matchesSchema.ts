// Evaluates the JSON Schemas of show rules in the browser without code generation (no 'unsafe-eval' in the CSP).
type Schema = Record<string, unknown> | boolean;

/** Whether a value satisfies a JSON Schema (the draft-7 keywords rule conditions use; unknown keywords pass). */
export function matchesSchema(schema: Schema, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  const s = schema as Record<string, unknown>;
  if ('const' in s && !deepEqual(s.const, value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((option) => deepEqual(option, value))) return false;
  if (s.type !== undefined && !(Array.isArray(s.type) ? s.type : [s.type]).some((t) => isType(value, String(t)))) return false;
  if (!numberKeywords(s, value) || !stringKeywords(s, value) || !arrayKeywords(s, value) || !objectKeywords(s, value)) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => matchesSchema(sub as Schema, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => matchesSchema(sub as Schema, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => matchesSchema(sub as Schema, value)).length !== 1) return false;
  if (s.not !== undefined && matchesSchema(s.not as Schema, value)) return false;
  if (s.if !== undefined) {
    const branch = matchesSchema(s.if as Schema, value) ? s.then : s.else;
    if (branch !== undefined && !matchesSchema(branch as Schema, value)) return false;
  }
  return true;
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return false;
  }
}

function numberKeywords(s: Record<string, unknown>, value: unknown): boolean {
  if (typeof value !== 'number') return true;
  if (typeof s.minimum === 'number' && value < s.minimum) return false;
  if (typeof s.maximum === 'number' && value > s.maximum) return false;
  if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) return false;
  if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) return false;
  if (typeof s.multipleOf === 'number' && Math.abs(value / s.multipleOf - Math.round(value / s.multipleOf)) > 1e-9) return false;
  return true;
}

function stringKeywords(s: Record<string, unknown>, value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const length = [...value].length;
  if (typeof s.minLength === 'number' && length < s.minLength) return false;
  if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) return false;
  return true;
}

function arrayKeywords(s: Record<string, unknown>, value: unknown): boolean {
  if (!Array.isArray(value)) return true;
  if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
  if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
  if (s.items !== undefined && !Array.isArray(s.items) && !value.every((item) => matchesSchema(s.items as Schema, item))) return false;
  if (s.contains !== undefined && !value.some((item) => matchesSchema(s.contains as Schema, item))) return false;
  if (s.uniqueItems === true && value.some((a, i) => value.some((b, j) => j > i && deepEqual(a, b)))) return false;
  return true;
}

function objectKeywords(s: Record<string, unknown>, value: unknown): boolean {
  if (!isObject(value)) return true;
  if (Array.isArray(s.required) && !s.required.every((key) => typeof key === 'string' && value[key] !== undefined)) return false;
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  for (const [key, sub] of Object.entries(properties)) if (value[key] !== undefined && !matchesSchema(sub, value[key])) return false;
  if (s.additionalProperties === false && Object.keys(value).some((key) => !(key in properties))) return false;
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a as object);
  const keysB = Object.keys(b as object);
  return keysA.length === keysB.length && keysA.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
