// The child's name of a record (from the record type's nameField) when the user may read it.
import type { CaseRecord, ClientConfig } from '../api/types';
import { valueAt } from '../forms/paths';

export function recordName(config: ClientConfig, record: CaseRecord): string | undefined {
  const nameField = config.recordTypes.find((r) => r.id === record.recordType)?.nameField;
  if (!nameField) return undefined;
  const [formId, ...path] = nameField.split('.');
  const value = valueAt(record.forms[formId!]?.data, path.join('.'));
  return typeof value === 'string' && value.trim() ? value : undefined;
}
