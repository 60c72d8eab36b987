import { makeIssue, suggest, toPointer, type Issue } from '../Issue';
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
  if (!field.title && !isItem && at.length > 1) issues.push(makeIssue(file, pointer, 'missingLabel', 'form.missingLabel', { field: name }));
  useKey(context, field.title, file, `${pointer}/title`);
  useKey(context, field.description, file, `${pointer}/description`);
  for (const key of Object.values(field['x-messages'] ?? {})) useKey(context, key, file, `${pointer}/x-messages`);
  const seen = new Set<string>();
  (field.oneOf ?? []).forEach((option, i) => {
    const optionPointer = `${pointer}/oneOf/${i}`;
    if (!option.title) issues.push(makeIssue(file, optionPointer, 'missingLabel', 'form.optionMissingLabel', { option: String(option.const), field: name }));
    useKey(context, option.title, file, `${optionPointer}/title`);
    if (seen.has(String(option.const))) issues.push(makeIssue(file, `${optionPointer}/const`, 'duplicateId', 'form.duplicateOption', { option: String(option.const), field: name }));
    seen.add(String(option.const));
  });
  if (field.oneOf && field.type !== 'string' && field.type !== 'integer') issues.push(makeIssue(file, `${pointer}/oneOf`, 'invalidValue', 'form.optionsNeedType', { type: String(field.type) }));
  if (field['x-officeTypes'] && field['x-widget'] !== 'office') issues.push(makeIssue(file, `${pointer}/x-officeTypes`, 'invalidValue', 'form.officeTypesWidget'));
  if (field['x-notInFuture'] && field.format !== 'date' && field.format !== 'date-time') issues.push(makeIssue(file, `${pointer}/x-notInFuture`, 'invalidValue', 'form.notInFutureDate'));
  if (field.pattern !== undefined) {
    try {
      new RegExp(field.pattern, 'u');
    } catch (error) {
      issues.push(makeIssue(file, `${pointer}/pattern`, 'invalidValue', 'form.badPattern', { detail: (error as Error).message }));
    }
  }
  if ((field.type === 'object') !== (field.properties !== undefined)) issues.push(makeIssue(file, pointer, 'invalidValue', field.type === 'object' ? 'form.sectionNeedsProperties' : 'form.propertiesOnlyForSections'));
  if (field.type === 'array' && !field.items) issues.push(makeIssue(file, pointer, 'missingKey', 'form.arrayNeedsItems'));
  const properties = field.properties ?? {};
  (field.required ?? []).forEach((r, i) => {
    if (!(r in properties)) issues.push(makeIssue(file, `${pointer}/required/${i}`, 'unknownReference', 'form.unknownRequired', { field: r, ...suggest(r, Object.keys(properties)) }));
  });
  for (const [child, value] of Object.entries(properties)) checkField(context, form, value as Field, [...at, 'properties', child], false, issues);
  if (field.items) checkField(context, form, field.items as Field, [...at, 'items'], true, issues);
}

function checkRules(form: Loaded<FormConfig>, issues: Issue[]): void {
  const root = form.value.schema as Field;
  (form.value.rules ?? []).forEach((rule, i) => {
    const at = `/rules/${i}`;
    const missing = (path: string, pointer: string) => {
      if (!resolveField(root, path)) issues.push(makeIssue(form.file, pointer, 'unknownReference', 'form.ruleUnknownField', { rule: rule.id, field: path, form: form.value.id }));
      else if (isInsideTable(root, path)) issues.push(makeIssue(form.file, pointer, 'invalidRule', 'form.ruleFieldInTable', { rule: rule.id, field: path }));
    };
    conditionFields(rule.when as FieldCondition).forEach((p) => missing(p, `${at}/when`));
    (rule.show ?? []).forEach((p, j) => {
      missing(p, `${at}/show/${j}`);
      const parent = p.includes('.') ? resolveField(root, p.slice(0, p.lastIndexOf('.'))) : root;
      if (parent?.required?.includes(p.slice(p.lastIndexOf('.') + 1))) {
        issues.push(makeIssue(form.file, `${at}/show/${j}`, 'invalidRule', 'form.ruleShowsRequired', { field: p, rule: rule.id }));
      }
    });
    (rule.require ?? []).forEach((p, j) => missing(p, `${at}/require/${j}`));
    if (!rule.show?.length && !rule.require?.length) issues.push(makeIssue(form.file, at, 'invalidRule', 'form.ruleDoesNothing', { rule: rule.id }));
  });
}

function checkComputed(form: Loaded<FormConfig>, issues: Issue[]): void {
  const root = form.value.schema as Field;
  (form.value.computed ?? []).forEach((c, i) => {
    const target = resolveField(root, c.field);
    const source = resolveField(root, c.from);
    if (!target) issues.push(makeIssue(form.file, `/computed/${i}/field`, 'unknownReference', 'form.computedUnknownField', { field: c.field }));
    else if (!target.readOnly || (target.type !== 'integer' && target.type !== 'number')) issues.push(makeIssue(form.file, `/computed/${i}/field`, 'invalidValue', 'form.computedNotNumber', { field: c.field }));
    if (!source) issues.push(makeIssue(form.file, `/computed/${i}/from`, 'unknownReference', 'form.computedUnknownSource', { field: c.from }));
    else if (source.format !== 'date') issues.push(makeIssue(form.file, `/computed/${i}/from`, 'invalidValue', 'form.computedNeedsDate', { fn: c.fn }));
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
      if (!path || !resolveField(form.value.schema as Field, path)) issues.push(makeIssue(form.file, `${pointer}/scope`, 'unknownReference', 'form.unknownScope', { scope: e.scope }));
    }
    if (Array.isArray(e.elements)) e.elements.forEach((child, i) => visit(child, [...at, 'elements', i]));
  };
  if (form.value.uischema) visit(form.value.uischema, ['uischema']);
}
