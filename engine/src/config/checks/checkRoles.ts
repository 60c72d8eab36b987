import { fieldPatternMatcher } from '@casl/ability';
import { makeIssue, suggest, type Issue } from '../Issue';
import { useKey, type CheckContext } from '../CheckContext';
import { listFields } from '../../forms/fieldPaths';
import type { Field } from '../../model/formSchema';
import { RecordConditionFields } from '../../model/rolesSchema';
import { recordMetaFields } from '../../records/CaseRecord';

const placeholder = /\$\{([^}]*)\}/g;
const allowedPlaceholders = new Set(['user.id', 'user.state', 'user.district', 'user.office']);

/** Role rules: fields, events, condition keys and placeholders must all name something real. */
export function checkRoles(context: CheckContext): Issue[] {
  const roles = context.roles;
  if (!roles) return context.broken.roles ? [] : [makeIssue(`workflows/${context.slug}/roles.json`, '', 'missingKey', 'roles.missing')];
  const issues: Issue[] = [];
  const file = roles.file;
  const fieldNames = [...recordMetaFields, ...[...context.forms.values()].flatMap((f) => listFields(f.value.schema as Field).map((e) => `${f.value.id}.${e.path}`))];
  const events = new Set([...context.workflows.values()].flatMap((w) => Object.keys(w.value.events)));
  for (const [roleId, role] of Object.entries(roles.value.roles)) {
    useKey(context, role.label, file, `/roles/${roleId}/label`);
    useKey(context, role.description, file, `/roles/${roleId}/description`);
    role.rules.forEach((rule, i) => {
      const at = `/roles/${roleId}/rules/${i}`;
      const actions = ([] as string[]).concat(rule.action);
      const subjects = ([] as string[]).concat(rule.subject);
      useKey(context, rule.reason, file, `${at}/reason`);
      const fields = rule.fields === undefined ? [] : ([] as string[]).concat(rule.fields);
      fields.forEach((pattern, j) => {
        const fAt = rule.fields === pattern ? `${at}/fields` : `${at}/fields/${j}`;
        if (actions.includes('fire')) {
          if (!events.has(pattern) && !context.broken.workflows.size) issues.push(makeIssue(file, fAt, 'unknownReference', 'roles.unknownEvent', { role: roleId, event: pattern, ...suggest(pattern, events) }));
        } else if (subjects.includes('record')) {
          const matches = fieldPatternMatcher([pattern]);
          if (!fieldNames.some((name) => matches(name)) && context.broken.forms.size === 0) {
            issues.push(makeIssue(file, fAt, 'unknownReference', 'roles.unknownField', { role: roleId, field: pattern, ...suggest(pattern, fieldNames) }));
          }
        }
      });
      for (const key of Object.keys(rule.conditions ?? {})) {
        if (subjects.includes('record') && !key.startsWith('$') && !(RecordConditionFields as readonly string[]).includes(key)) {
          issues.push(makeIssue(file, `${at}/conditions/${key}`, 'unknownReference', 'roles.unknownCondition', { key, allowed: RecordConditionFields.join(', '), ...suggest(key, RecordConditionFields) }));
        }
      }
      for (const match of JSON.stringify(rule.conditions ?? {}).matchAll(placeholder)) {
        if (!allowedPlaceholders.has(match[1]!)) issues.push(makeIssue(file, `${at}/conditions`, 'unknownReference', 'roles.unknownPlaceholder', { placeholder: `\${${match[1]}}`, allowed: [...allowedPlaceholders].map((p) => `\${${p}}`).join(', ') }));
      }
    });
  }
  return issues;
}
