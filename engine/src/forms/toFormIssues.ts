import type { ErrorObject } from 'ajv';
import type { Translate, ValidateOptions } from './compileForm';

/** One problem with form data, at a JSON pointer, with its message in the user's language. */
export interface FormIssue {
  pointer: string;
  keyword: string;
  key: string;
  params: Record<string, unknown>;
  message: string;
}

// Keywords that only say "something is missing": a draft may be partial.
const draftTolerated = new Set(['required', 'if', 'minItems']);

/** Maps ajv errors to translated issues: one per pointer and keyword, drafts tolerate missing data. */
export function toFormIssues(errors: ErrorObject[], options: ValidateOptions, translate: Translate): FormIssue[] {
  const issues: FormIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if' || (options.mode === 'draft' && draftTolerated.has(error.keyword))) continue;
    const { pointer, key, params } = describe(error);
    const id = `${pointer}|${key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const override = overrideKey(error);
    const finalKey = override ?? key;
    issues.push({ pointer, keyword: error.keyword, key: finalKey, params, message: translate(options.lang, finalKey, params) });
  }
  return issues;
}

function describe(error: ErrorObject): { pointer: string; key: string; params: Record<string, unknown> } {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${at}/${String(p.missingProperty)}`, key: 'validation.required', params: {} };
    case 'additionalProperties':
      return { pointer: `${at}/${String(p.additionalProperty)}`, key: 'validation.unknownField', params: { field: p.additionalProperty } };
    case 'type':
      return { pointer: at, key: 'validation.type', params: { type: p.type } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return { pointer: at, key: `validation.${error.keyword.replace('exclusiveM', 'm')}`, params: { limit: p.limit } };
    case 'format':
      return { pointer: at, key: formatKey(String(p.format)), params: { format: p.format } };
    case 'enum':
    case 'const':
    case 'oneOf':
      return { pointer: at, key: 'validation.enum', params: {} };
    case 'pattern':
      return { pointer: at, key: 'validation.pattern', params: {} };
    case 'uniqueItems':
      return { pointer: at, key: 'validation.uniqueItems', params: {} };
    case 'x-notInFuture':
      return { pointer: at, key: 'validation.notInFuture', params: {} };
    default:
      return { pointer: at, key: 'validation.invalid', params: {} };
  }
}

function formatKey(format: string): string {
  if (format === 'date' || format === 'date-time') return 'validation.date';
  if (format === 'phone') return 'validation.phone';
  return 'validation.format';
}

/** A field may override the message of a keyword with `x-messages`. */
function overrideKey(error: ErrorObject): string | undefined {
  const messages = (error.parentSchema as { 'x-messages'?: Record<string, string> } | undefined)?.['x-messages'];
  return messages?.[error.keyword];
}
