// The user's permissions in the browser, from the packed CASL rules of /api/client-config (the server re-checks all).
import { createMongoAbility, fieldPatternMatcher, subject, type MongoAbility } from '@casl/ability';
import { unpackRules, type PackRule } from '@casl/ability/extra';
import type { CaseRecord } from '../api/types';

export type ClientAbility = MongoAbility;

/** Builds the ability from packed rules (already filled with the user's attributes by the server). */
export function createClientAbility(packed: unknown[]): ClientAbility {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return createMongoAbility(unpackRules(packed as PackRule<any>[]), { fieldMatcher: fieldPatternMatcher });
}

type RecordAttributes = Pick<CaseRecord, 'state' | 'recordType' | 'district'> & Partial<CaseRecord>;

/** The CASL subject for a record's top-level attributes. */
export function recordSubject(record: RecordAttributes) {
  const { forms: _forms, ...attributes } = record;
  return subject('record', { ...attributes });
}

/** How one field of a form may be used: not at all, read, or read and write. */
export type FieldAccess = 'hidden' | 'read' | 'write';

/** Field access of a form on a record, by permission path (`child.name`, table columns as `family.age`). */
export function fieldAccessOf(ability: ClientAbility, record: RecordAttributes, formId: string) {
  const target = recordSubject(record);
  const cache = new Map<string, FieldAccess>();
  return (path: string): FieldAccess => {
    let access = cache.get(path);
    if (access) return access;
    const field = `${formId}.${path}`;
    access = ability.can('update', target, field) ? 'write' : ability.can('read', target, field) ? 'read' : 'hidden';
    cache.set(path, access);
    return access;
  };
}
