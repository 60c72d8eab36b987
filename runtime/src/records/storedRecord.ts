// Conversion between the engine's record and its stored document.
import { readPath, type CaseRecord, type Deployment } from '@suraksha/engine';
import type { StoredRecord } from '../store/models';
import { nameKeys } from '@suraksha/plugin-matching';

/** The engine's view of a stored record. */
export function toCaseRecord(doc: StoredRecord): CaseRecord {
  const { _id, configVersion: _c, searchKeys: _s, nextDue: _n, updatedAt: _u, ...rest } = doc;
  return { ...rest, id: _id, assignees: [...(rest.assignees ?? [])], forms: rest.forms ?? {}, deadlines: rest.deadlines ?? {} };
}

/** The document to store for an engine record: adds search keys (from the name field) and the earliest deadline. */
export function toStored(deployment: Deployment, record: CaseRecord, now: Date, configVersion: number): StoredRecord {
  const { id, ...rest } = record;
  return { ...rest, _id: id, configVersion, searchKeys: searchKeysOf(deployment, record), nextDue: nextDueOf(record), updatedAt: now };
}

/** Normalised keys of the child's name, so a search in any script finds it. */
export function searchKeysOf(deployment: Deployment, record: CaseRecord): string[] {
  const nameField = deployment.recordType(record.recordType)?.nameField;
  if (!nameField) return [];
  const [formId, ...path] = nameField.split('.');
  const name = readPath(record.forms[formId!]?.data, path.join('.'));
  return typeof name === 'string' ? nameKeys(name) : [];
}

/** The earliest due instant of the record's open deadlines. */
export function nextDueOf(record: CaseRecord): Date | null {
  const dues = Object.values(record.deadlines).map((d) => Date.parse(d.due));
  return dues.length > 0 ? new Date(Math.min(...dues)) : null;
}
