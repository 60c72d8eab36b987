import type { Field, FormConfig } from '../model/formSchema';
import { conditionToSchema } from './conditionToSchema';

type UiElement = Record<string, unknown>;

/** The JSON Forms scope of a dotted path outside tables: `#/properties/child/properties/name`. */
export function scopeOf(path: string): string {
  return '#' + path.split('.').map((s) => `/properties/${s}`).join('');
}

/** The form's UI schema (given or generated), with show rules mirrored as JSON Forms SHOW rules. */
export function createUiSchema(form: FormConfig): UiElement {
  const base = form.uischema ? structuredClone(form.uischema) : generate(form.schema, []);
  const showRules = new Map<string, Record<string, unknown>[]>();
  for (const rule of form.rules ?? []) {
    for (const path of rule.show ?? []) showRules.set(scopeOf(path), [...(showRules.get(scopeOf(path)) ?? []), conditionToSchema(rule.when)]);
  }
  attachRules(base, showRules);
  return base;
}

function generate(field: Field, path: string[]): UiElement {
  const elements = Object.entries(field.properties ?? {}).map(([name, child]) => {
    const childField = child as Field;
    const childPath = [...path, name];
    if (childField.type === 'object') return { type: 'Group', label: childField.title, scope: scopeOf(childPath.join('.')), elements: generate(childField, childPath).elements };
    return { type: 'Control', scope: scopeOf(childPath.join('.')) };
  });
  return { type: 'VerticalLayout', elements };
}

function attachRules(element: UiElement, showRules: Map<string, Record<string, unknown>[]>): void {
  const scope = element.scope;
  if (typeof scope === 'string') {
    const conditions = showRules.get(scope);
    if (conditions) {
      const schema = conditions.length === 1 ? conditions[0] : { allOf: conditions };
      element.rule = { effect: 'SHOW', condition: { scope: '#', schema } };
    }
    // A generated Group carries a scope only to receive rules; JSON Forms groups do not take one.
    if (element.type === 'Group') delete element.scope;
  }
  for (const child of (element.elements as UiElement[] | undefined) ?? []) attachRules(child, showRules);
}
