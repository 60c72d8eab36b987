import type { FieldCondition } from '../model/formSchema';

type JsonSchema = Record<string, unknown>;

/** Turns a rule condition into one JSON Schema over the whole form data (used by `if` and by the UI rule). */
export function conditionToSchema(condition: FieldCondition): JsonSchema {
  if (condition.all) return { allOf: condition.all.map(conditionToSchema) };
  if (condition.any) return { anyOf: condition.any.map(conditionToSchema) };
  if (condition.not) return { not: conditionToSchema(condition.not) };
  return nest((condition.field ?? '').split('.'), condition.schema ?? {});
}

function nest(segments: string[], leaf: JsonSchema): JsonSchema {
  const [head, ...rest] = segments;
  if (head === undefined) return leaf;
  return { type: 'object', properties: { [head]: nest(rest, leaf) }, required: [head] };
}

/** A JSON Schema requiring every dotted path (with its sections) to be present. */
export function requiredPathsSchema(paths: readonly string[]): JsonSchema {
  const root: JsonSchema = {};
  for (const path of paths) {
    let node = root;
    for (const segment of path.split('.')) {
      const required = (node.required as string[] | undefined) ?? [];
      if (!required.includes(segment)) node.required = [...required, segment];
      const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
      node.properties = properties;
      node = properties[segment] ??= {};
    }
  }
  return root;
}

/** Lists the field paths a condition reads. */
export function conditionFields(condition: FieldCondition): string[] {
  if (condition.all) return condition.all.flatMap(conditionFields);
  if (condition.any) return condition.any.flatMap(conditionFields);
  if (condition.not) return conditionFields(condition.not);
  return condition.field ? [condition.field] : [];
}
