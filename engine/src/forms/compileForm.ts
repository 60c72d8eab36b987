import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Manifest } from '../model/manifestSchema';
import type { Field, FieldCondition, FormConfig } from '../model/formSchema';
import { conditionToSchema, requiredPathsSchema } from './conditionToSchema';
import { listFields, type FieldEntry } from './fieldPaths';
import { createUiSchema } from './createUiSchema';
import { applyComputed } from './applyComputed';
import { toFormIssues, type FormIssue } from './toFormIssues';
import { setToday } from './formAjv';

type JsonSchema = Record<string, unknown>;

/** Options of one form validation. */
export interface ValidateOptions {
  lang: string;
  mode: 'draft' | 'complete';
  /** Current instant; dates after its calendar day (in the state's time zone) are "in the future". */
  now: Date;
}

/** Result of validating form data: the data with computed values filled in, and every issue. */
export interface FormValidation {
  ok: boolean;
  data: Record<string, unknown>;
  issues: FormIssue[];
}

/** A form compiled once: its JSON Schemas (validation and UI), UI schema, field list and validator. */
export interface CompiledForm {
  id: string;
  version: number;
  config: FormConfig;
  /** Schema for rendering (JSON Forms): options as oneOf with title keys, pickers filled in, rules mirrored. */
  schema: JsonSchema;
  uischema: JsonSchema;
  fields: FieldEntry[];
  validate(data: unknown, options: ValidateOptions): FormValidation;
}

/** Translates a key into a language. */
export type Translate = (lang: string, key: string, params?: Record<string, unknown>) => string;

/** Compiles a form with the state's manifest (pickers) into a reusable validator. Throws on an invalid pattern. */
export function compileForm(form: FormConfig, manifest: Manifest, ajv: Ajv, translate: Translate): CompiledForm {
  const schema = withRules(form, prepareField(form.schema, manifest, 'ui'));
  const validationSchema = withRules(form, prepareField(form.schema, manifest, 'validation'));
  const validator: ValidateFunction = ajv.compile(validationSchema);
  const fields = listFields(form.schema);
  const timeZone = manifest.timeZone;
  return {
    id: form.id,
    version: form.version,
    config: form,
    schema,
    uischema: createUiSchema(form),
    fields,
    validate(data, options) {
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        const message = translate(options.lang, 'validation.type', { type: 'object' });
        return { ok: false, data: {}, issues: [{ pointer: '', keyword: 'type', key: 'validation.type', params: { type: 'object' }, message }] };
      }
      const filled = applyComputed(form, data as Record<string, unknown>, options.now, timeZone);
      setToday(options.now, timeZone);
      const valid = validator(filled);
      const errors: ErrorObject[] = valid ? [] : (validator.errors ?? []);
      const issues = toFormIssues(errors, options, translate);
      return { ok: issues.length === 0, data: filled, issues };
    },
  };
}

/** Copies a field into runtime JSON Schema: closed objects, picker enums, and (for validation) enums for options. */
function prepareField(field: Field, manifest: Manifest, purpose: 'ui' | 'validation'): JsonSchema {
  const out: JsonSchema = { ...field };
  if (field.type === 'object') {
    out.properties = Object.fromEntries(Object.entries(field.properties ?? {}).map(([k, v]) => [k, prepareField(v as Field, manifest, purpose)]));
    out.additionalProperties = false;
  }
  if (field.items) out.items = prepareField(field.items as Field, manifest, purpose);
  if (field['x-widget'] === 'district') out.enum = manifest.districts.map((d) => d.code);
  if (field['x-widget'] === 'office') {
    const types = field['x-officeTypes'];
    out.enum = manifest.offices.filter((o) => !types || types.includes(o.type)).map((o) => o.id);
  }
  if (purpose === 'validation' && field.oneOf) {
    delete out.oneOf;
    out.enum = field.oneOf.map((o) => o.const);
  }
  return out;
}

function withRules(form: FormConfig, schema: JsonSchema): JsonSchema {
  const rules = (form.rules ?? []).filter((r) => (r.require ?? []).length > 0);
  if (rules.length === 0) return schema;
  return { ...schema, allOf: rules.map((r) => ({ if: conditionToSchema(r.when as FieldCondition), then: requiredPathsSchema(r.require ?? []) })) };
}
