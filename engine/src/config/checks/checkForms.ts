import { didYouMean, toPointer, type Issue } from '../Issue';
import { useKey, type CheckContext, type Loaded } from '../CheckContext';
import { conditionFields } from '../../forms/conditionToSchema';
import { isInsideTable, resolveField } from '../../forms/fieldPaths';
import type { Field, FieldCondition, FormConfig } from '../../model/formSchema';

/** Labels, options, required lists, rules, computed values and UI schema scopes of every form. */
export function checkForms(context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const form of context.forms.values()) {
    useKey(context, form.value.title, form.file, '/title');
    useKey(context, form.value.description, form.file, '/description');
    checkField(context, form, form.value.schema as Field, ['schema'], false, issues);
    checkRules(form, issues);
    checkComputed(form, issues);
    checkUiSchema(context, form, issues);
  }
  return issues;
}

function checkField(context: CheckContext, form: Loaded<FormConfig>, field: Field, at: (string | number)[], isItem: boolean, issues: Issue[]): void {
  const file = form.file;
  const pointer = toPointer(at);
  const name = String(at[at.length - 1]);
  if (!field.title && !isItem && at.length > 1) issues.push({ file, pointer, code: 'missingLabel', message: `field "${name}" has no label: add "title" with a translation key` });
  useKey(context, field.title, file, `${pointer}/title`);
  useKey(context, field.description, file, `${pointer}/description`);
  for (const key of Object.values(field['x-messages'] ?? {})) useKey(context, key, file, `${pointer}/x-messages`);
  const seen = new Set<string>();
  (field.oneOf ?? []).forEach((option, i) => {
    const optionPointer = `${pointer}/oneOf/${i}`;
    if (!option.title) issues.push({ file, pointer: optionPointer, code: 'missingLabel', message: `option "${String(option.const)}" of field "${name}" has no label: add "title" with a translation key` });
    useKey(context, option.title, file, `${optionPointer}/title`);
    if (seen.has(String(option.const))) issues.push({ file, pointer: `${optionPointer}/const`, code: 'duplicateId', message: `option "${String(option.const)}" appears twice in field "${name}"` });
    seen.add(String(option.const));
  });
  if (field.oneOf && field.type !== 'string' && field.type !== 'integer') issues.push({ file, pointer: `${pointer}/oneOf`, code: 'invalidValue', message: `options need a string or integer field, not ${field.type}` });
  if (field['x-officeTypes'] && field['x-widget'] !== 'office') issues.push({ file, pointer: `${pointer}/x-officeTypes`, code: 'invalidValue', message: 'x-officeTypes applies only to an office picker ("x-widget": "office")' });
  if (field['x-notInFuture'] && field.format !== 'date' && field.format !== 'date-time') issues.push({ file, pointer: `${pointer}/x-notInFuture`, code: 'invalidValue', message: 'x-notInFuture applies only to a date ("format": "date" or "date-time")' });
  if (field.pattern !== undefined) {
    try {
      new RegExp(field.pattern, 'u');
    } catch (error) {
      issues.push({ file, pointer: `${pointer}/pattern`, code: 'invalidValue', message: `pattern is not a valid regular expression: ${(error as Error).message}` });
    }
  }
  if ((field.type === 'object') !== (field.properties !== undefined)) issues.push({ file, pointer, code: 'invalidValue', message: field.type === 'object' ? 'a section needs "properties"' : '"properties" is only for sections ("type": "object")' });
  if (field.type === 'array' && !field.items) issues.push({ file, pointer, code: 'missingKey', message: 'a table or multiple choice needs "items"' });
  const properties = field.properties ?? {};
  (field.required ?? []).forEach((r, i) => {
    if (!(r in properties)) issues.push({ file, pointer: `${pointer}/required/${i}`, code: 'unknownReference', message: `required field "${r}" is not one of the fields here.${didYouMean(r, Object.keys(properties))}` });
  });
  for (const [child, value] of Object.entries(properties)) checkField(context, form, value as Field, [...at, 'properties', child], false, issues);
  if (field.items) checkField(context, form, field.items as Field, [...at, 'items'], true, issues);
}

function checkRules(form: Loaded<FormConfig>, issues: Issue[]): void {
  const root = form.value.schema as Field;
  (form.value.rules ?? []).forEach((rule, i) => {
    const at = `/rules/${i}`;
    const missing = (path: string, pointer: string) => {
      if (!resolveField(root, path)) issues.push({ file: form.file, pointer, code: 'unknownReference', message: `rule "${rule.id}" names field "${path}", which does not exist in form "${form.value.id}"` });
      else if (isInsideTable(root, path)) issues.push({ file: form.file, pointer, code: 'invalidRule', message: `rule "${rule.id}": "${path}" is inside a table; rules apply to fields outside tables` });
    };
    conditionFields(rule.when as FieldCondition).forEach((p) => missing(p, `${at}/when`));
    (rule.show ?? []).forEach((p, j) => {
      missing(p, `${at}/show/${j}`);
      const parent = p.includes('.') ? resolveField(root, p.slice(0, p.lastIndexOf('.'))) : root;
      if (parent?.required?.includes(p.slice(p.lastIndexOf('.') + 1))) {
        issues.push({ file: form.file, pointer: `${at}/show/${j}`, code: 'invalidRule', message: `"${p}" is shown by rule "${rule.id}" but always required; list it in the rule's "require" instead of "required"` });
      }
    });
    (rule.require ?? []).forEach((p, j) => missing(p, `${at}/require/${j}`));
    if (!rule.show?.length && !rule.require?.length) issues.push({ file: form.file, pointer: at, code: 'invalidRule', message: `rule "${rule.id}" neither shows nor requires anything` });
  });
}

function checkComputed(form: Loaded<FormConfig>, issues: Issue[]): void {
  const root = form.value.schema as Field;
  (form.value.computed ?? []).forEach((c, i) => {
    const target = resolveField(root, c.field);
    const source = resolveField(root, c.from);
    if (!target) issues.push({ file: form.file, pointer: `/computed/${i}/field`, code: 'unknownReference', message: `computed field "${c.field}" does not exist` });
    else if (!target.readOnly || (target.type !== 'integer' && target.type !== 'number')) issues.push({ file: form.file, pointer: `/computed/${i}/field`, code: 'invalidValue', message: `computed field "${c.field}" must be a readOnly integer or number` });
    if (!source) issues.push({ file: form.file, pointer: `/computed/${i}/from`, code: 'unknownReference', message: `computed source "${c.from}" does not exist` });
    else if (source.format !== 'date') issues.push({ file: form.file, pointer: `/computed/${i}/from`, code: 'invalidValue', message: `"${c.fn}" needs a date field as its source` });
  });
}

function checkUiSchema(context: CheckContext, form: Loaded<FormConfig>, issues: Issue[]): void {
  const visit = (element: unknown, at: (string | number)[]) => {
    if (!element || typeof element !== 'object') return;
    const e = element as Record<string, unknown>;
    const pointer = toPointer(at);
    if (typeof e.label === 'string') useKey(context, e.label, form.file, `${pointer}/label`);
    if (typeof e.scope === 'string') {
      const path = /^#((\/properties\/[a-z][A-Za-z0-9]*)+)$/.exec(e.scope)?.[1]?.split('/properties/').slice(1).join('.');
      if (!path || !resolveField(form.value.schema as Field, path)) issues.push({ file: form.file, pointer: `${pointer}/scope`, code: 'unknownReference', message: `UI schema scope "${e.scope}" does not point at a field of the form` });
    }
    if (Array.isArray(e.elements)) e.elements.forEach((child, i) => visit(child, [...at, 'elements', i]));
  };
  if (form.value.uischema) visit(form.value.uischema, ['uischema']);
}
