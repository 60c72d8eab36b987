import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { configSchemas, type ConfigKind } from '../model/configSchemas';
import { didYouMean, type Issue } from './Issue';

let validators: Record<ConfigKind, ValidateFunction> | undefined;

function compileValidators(): Record<ConfigKind, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true, verbose: true });
  addFormats(ajv);
  const entries = Object.entries(configSchemas).map(([kind, schema]) => [kind, ajv.compile(schema)]);
  return Object.fromEntries(entries) as Record<ConfigKind, ValidateFunction>;
}

/** Validates one configuration file against its engine JSON Schema; returns every issue found. */
export function validateStructure(kind: ConfigKind, file: string, value: unknown): Issue[] {
  validators ??= compileValidators();
  const validate = validators[kind];
  if (validate(value)) return [];
  return selectErrors(validate.errors ?? []).map((error) => toIssue(file, error));
}

/** Keeps, for each failed anyOf, only the errors of the branch that came closest. */
function selectErrors(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const union of errors.filter((e) => e.keyword === 'anyOf')) {
    const prefix = union.schemaPath + '/';
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const candidates = [...branches.values()].filter(
      (list) => !list.some((e) => e.keyword === 'type' && e.instancePath === union.instancePath),
    );
    candidates.sort((a, b) => a.length - b.length);
    const keep = candidates.length > 0 ? candidates[0] : undefined;
    for (const list of branches.values()) if (list !== keep) list.forEach((e) => dropped.add(e));
    if (keep) dropped.add(union);
  }
  const kept = errors.filter((e) => !dropped.has(e) && e.keyword !== 'if');
  const seen = new Set<string>();
  return kept.filter((e) => {
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

function toIssue(file: string, error: ErrorObject): Issue {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as { description?: string } | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const patternKeys = Object.keys((error.parentSchema as { patternProperties?: object })?.patternProperties ?? {});
      const hint = allowed.length > 0 ? ` Allowed: ${allowed.join(', ')}.${didYouMean(key, allowed)}` : patternKeys.length > 0 ? ` Names must match ${patternKeys.join(' or ')}.` : '';
      return { file, pointer: `${pointer}/${escape(key)}`, code: 'unknownKey', message: `unknown key "${key}".${hint}` };
    }
    case 'required':
      return { file, pointer, code: 'missingKey', message: `missing required key "${String(params.missingProperty)}"` };
    case 'type':
      return { file, pointer, code: 'wrongType', message: `must be ${article(String(params.type))}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { file, pointer, code: 'invalidValue', message: `must be one of: ${allowed.join(', ')}.` };
    }
    case 'pattern':
      return { file, pointer, code: 'invalidValue', message: `does not have the expected form${schema?.description ? ` (${schema.description})` : ''}: must match ${String(params.pattern)}` };
    case 'const':
      return { file, pointer, code: 'invalidValue', message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'discriminator': {
      const tag = String(params.tag);
      const variants = (error.parentSchema as { oneOf?: { properties?: Record<string, { const?: unknown }> }[] }).oneOf ?? [];
      const allowed = variants.map((v) => String(v.properties?.[tag]?.const));
      return { file, pointer: `${pointer}/${tag}`, code: 'invalidValue', message: `"${tag}" must be one of: ${allowed.join(', ')}.` };
    }
    default:
      return { file, pointer, code: 'invalidValue', message: error.message ?? 'is not valid' };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
