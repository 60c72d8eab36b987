// The child's photo of a record: the first photo field of its forms holding a value the user may read.
import type { CaseRecord, ClientConfig, JsonSchema } from '../api/types';
import { valueAt } from '../forms/paths';

/** Dotted paths of the photo fields of a form schema (outside tables). */
function photoPaths(schema: JsonSchema, prefix = ''): string[] {
  if (schema['x-widget'] === 'photo') return [prefix];
  if (schema.type !== 'object') return [];
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => photoPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The attachment id of the record's photo; the record is already projected, so a value here is one the user may read. */
export function recordPhoto(config: ClientConfig, record: CaseRecord): string | undefined {
  const forms = config.recordTypes.find((r) => r.id === record.recordType)?.forms ?? [];
  for (const formId of forms) {
    const form = config.forms[formId];
    if (!form) continue;
    for (const path of photoPaths(form.schema)) {
      const value = valueAt(record.forms[formId]?.data, path);
      if (typeof value === 'string' && value) return value;
    }
  }
  return undefined;
}
