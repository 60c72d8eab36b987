import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { configSchemas, type ConfigKind } from '../model/configSchemas';
import { makeIssue, suggest, type Issue } from './Issue';
import { englishMessage, issueMessages, type IssueKey } from './issueMessages';

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
      const at = `${pointer}/${escape(key)}`;
      if (allowed.length > 0) return makeIssue(file, at, 'unknownKey', 'structure.unknownKeyAllowed', { key, allowed: allowed.join(', '), ...suggest(key, allowed) });
      if (patternKeys.length > 0) return makeIssue(file, at, 'unknownKey', 'structure.unknownKeyPattern', { key, patterns: patternKeys.join(' or ') });
      return makeIssue(file, at, 'unknownKey', 'structure.unknownKey', { key });
    }
    case 'required':
      return makeIssue(file, pointer, 'missingKey', 'structure.missingKey', { key: String(params.missingProperty) });
    case 'type': {
      const type = String(params.type);
      const key = `structure.wrongType.${type}`;
      return key in issueMessages ? makeIssue(file, pointer, 'wrongType', key as IssueKey) : makeIssue(file, pointer, 'wrongType', 'structure.wrongType.other', { type: article(type) });
    }
    case 'enum':
      return makeIssue(file, pointer, 'invalidValue', 'structure.oneOf', { allowed: (params.allowedValues as unknown[]).map(String).join(', ') });
    case 'pattern':
      return schema?.description
        ? makeIssue(file, pointer, 'invalidValue', 'structure.patternDescribed', { description: schema.description, pattern: String(params.pattern) })
        : makeIssue(file, pointer, 'invalidValue', 'structure.pattern', { pattern: String(params.pattern) });
    case 'const':
      return makeIssue(file, pointer, 'invalidValue', 'structure.const', { value: JSON.stringify(params.allowedValue) });
    case 'discriminator': {
      const tag = String(params.tag);
      const variants = (error.parentSchema as { oneOf?: { properties?: Record<string, { const?: unknown }> }[] }).oneOf ?? [];
      const allowed = variants.map((v) => String(v.properties?.[tag]?.const));
      return makeIssue(file, `${pointer}/${tag}`, 'invalidValue', 'structure.discriminator', { tag, allowed: allowed.join(', ') });
    }
    default:
      return ajvIssue(file, pointer, error);
  }
}

/** Ajv's other messages, under a key when the key's template gives exactly Ajv's text, else as a detail. */
function ajvIssue(file: string, pointer: string, error: ErrorObject): Issue {
  const known = ajvMessageKey(error);
  return known ? makeIssue(file, pointer, 'invalidValue', known.key, known.params) : makeIssue(file, pointer, 'invalidValue', 'structure.invalid', { detail: error.message ?? 'is not valid' });
}

/** The message key of an Ajv error whose template gives exactly Ajv's English text, or undefined. */
export function ajvMessageKey(error: ErrorObject): { key: IssueKey; params: Record<string, string | number> } | undefined {
  const p = error.params as Record<string, string | number>;
  const known: Partial<Record<string, [IssueKey, Record<string, string | number | undefined>]>> = {
    minimum: ['structure.limit', { comparison: p.comparison, limit: p.limit }],
    maximum: ['structure.limit', { comparison: p.comparison, limit: p.limit }],
    exclusiveMinimum: ['structure.limit', { comparison: p.comparison, limit: p.limit }],
    exclusiveMaximum: ['structure.limit', { comparison: p.comparison, limit: p.limit }],
    minLength: ['structure.minLength', { limit: p.limit }],
    maxLength: ['structure.maxLength', { limit: p.limit }],
    minItems: ['structure.minItems', { limit: p.limit }],
    maxItems: ['structure.maxItems', { limit: p.limit }],
    format: ['structure.format', { format: p.format }],
    uniqueItems: ['structure.uniqueItems', { i: p.i, j: p.j }],
    pattern: ['structure.patternOf', { pattern: p.pattern }],
  };
  const match = known[error.keyword];
  if (!match) return undefined;
  const params = Object.fromEntries(Object.entries(match[1]).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
  return englishMessage(match[0], params) === error.message ? { key: match[0], params } : undefined;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
