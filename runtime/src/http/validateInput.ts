// Validates request bodies and query strings against JSON Schemas, with every issue at a JSON pointer.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { problems, type ProblemIssue } from './problem';

const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
addFormats(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

/** Returns the value typed as T if it matches the schema, else throws a 400 problem listing every issue. */
export function validateInput<T>(schema: object, value: unknown, where: 'body' | 'query'): T {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  if (validate(value)) return value as T;
  const issues = (validate.errors ?? []).map(toIssue);
  throw problems.badRequest(`The ${where} is not valid: ${issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ')}`, issues);
}

function toIssue(error: ErrorObject): ProblemIssue {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return { pointer: `${error.instancePath}/${String(p.additionalProperty)}`, message: `unknown field "${String(p.additionalProperty)}"` };
  if (error.keyword === 'required') return { pointer: `${error.instancePath}/${String(p.missingProperty)}`, message: 'is required' };
  if (error.keyword === 'enum') return { pointer: error.instancePath, message: `must be one of: ${(p.allowedValues as unknown[]).join(', ')}` };
  return { pointer: error.instancePath, message: error.message ?? 'is not valid' };
}

/** Query strings arrive as strings: one value per key (a repeated key is refused), numbers parsed where the schema says so. */
export function queryObject(query: Record<string, string | string[] | undefined>, numeric: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) throw problems.badRequest(`"${key}" may be given only once`, [{ pointer: `/${key}`, message: 'repeated parameter' }]);
    if (value === undefined) continue;
    out[key] = numeric.includes(key) && /^\d{1,9}$/.test(value) ? Number(value) : value;
  }
  return out;
}
