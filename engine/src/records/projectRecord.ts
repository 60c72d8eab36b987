import type { Deployment } from '../config/compileDeployment';
import { createAbility, type UserContext } from '../permissions/createAbility';
import { permittedFields, projectFormData, recordSubject } from '../permissions/fieldAccess';
import type { CaseRecord } from './CaseRecord';

/** The record as this user may see it, or undefined when they may not read it at all. */
export function projectRecord(deployment: Deployment, record: CaseRecord, user: UserContext): CaseRecord | undefined {
  const ability = createAbility(deployment.roles, user);
  if (!ability.can('read', recordSubject(record))) return undefined;
  const forms: CaseRecord['forms'] = {};
  for (const [id, entry] of Object.entries(record.forms)) {
    const form = deployment.forms.get(id);
    if (!form) continue;
    const readable = permittedFields(ability, record, form, 'read');
    if (readable.size === 0) continue;
    forms[id] = { ...entry, data: projectFormData(entry.data, readable) };
  }
  return { ...record, forms };
}

/** Every `<formId>.<path>` of the record type the user may read, for listing what a role sees. */
export function readableFieldPaths(deployment: Deployment, record: CaseRecord, user: UserContext): Set<string> {
  const ability = createAbility(deployment.roles, user);
  const out = new Set<string>();
  if (!ability.can('read', recordSubject(record))) return out;
  for (const id of deployment.recordType(record.recordType)?.forms ?? []) {
    const form = deployment.forms.get(id);
    if (form) for (const path of permittedFields(ability, record, form, 'read')) out.add(`${id}.${path}`);
  }
  return out;
}
