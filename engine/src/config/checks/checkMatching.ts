import { makeIssue, suggest, type Issue } from '../Issue';
import type { CheckContext } from '../CheckContext';
import { resolveField } from '../../forms/fieldPaths';
import type { Field } from '../../model/formSchema';

/** The matching settings of the manifest: profile fields and confirm effects name real fields and events. */
export function checkMatching(context: CheckContext): Issue[] {
  const { manifest, forms, workflows } = context;
  const file = manifest.file;
  const m = manifest.value;
  const issues: Issue[] = [];
  const sides = new Set<string>();
  // A field reference must start with one of the record type's forms and name a field of that form.
  // `name` is the profile field; without it the reference is a field set on confirmation.
  const checkField = (ref: string, forms_: readonly string[], pointer: string, name?: string) => {
    const [formId, ...rest] = ref.split('.');
    if (!forms_.includes(formId!)) {
      issues.push(makeIssue(file, pointer, 'unknownReference', name ? 'matching.fieldForm' : 'matching.setFieldForm', { name, field: ref, forms: forms_.join(', ') }));
      return;
    }
    const form = forms.get(formId!);
    if (form && !resolveField(form.value.schema as Field, rest.join('.'))) {
      issues.push(makeIssue(file, pointer, 'unknownReference', name ? 'matching.fieldMissing' : 'matching.setFieldMissing', { name, field: ref, form: formId, path: rest.join('.') }));
    }
  };
  m.recordTypes.forEach((rt, i) => {
    if (!rt.matching) return;
    const at = `/recordTypes/${i}/matching`;
    sides.add(rt.matching.side);
    for (const [name, ref] of Object.entries(rt.matching.fields)) if (ref) checkField(ref, rt.forms, `${at}/fields/${name}`, name);
    for (const ref of Object.keys(rt.matching.onConfirm?.set ?? {})) checkField(ref, rt.forms, `${at}/onConfirm/set/${ref.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    const event = rt.matching.onConfirm?.event;
    const workflow = workflows.get(rt.workflow)?.value;
    if (event && workflow && !workflow.events[event]) {
      issues.push(makeIssue(file, `${at}/onConfirm/event`, 'unknownReference', 'reference.eventNotInWorkflow', { event, workflow: rt.workflow, ...suggest(event, Object.keys(workflow.events)) }));
    }
  });
  if ((m.plugins ?? []).includes('matching') && !(sides.has('missing') && sides.has('found'))) {
    issues.push(makeIssue(file, '/plugins', 'invalidValue', 'matching.noSides'));
  }
  (m.matching?.acrossStates ?? []).forEach((code, i) => {
    if (code === m.code) issues.push(makeIssue(file, `/matching/acrossStates/${i}`, 'invalidValue', 'matching.ownState', { state: code }));
  });
  // Neighbouring districts name districts of this state, and not the district itself.
  const codes = new Set(m.districts.map((d) => d.code));
  for (const [district, neighbours] of Object.entries(m.matching?.neighbours ?? {})) {
    const at = `/matching/neighbours/${district}`;
    if (!codes.has(district)) issues.push(makeIssue(file, at, 'unknownReference', 'matching.notADistrict', { district, ...suggest(district, codes) }));
    neighbours.forEach((code, i) => {
      if (code === district) issues.push(makeIssue(file, `${at}/${i}`, 'invalidValue', 'matching.neighbourIsItself', { district: code }));
      else if (!codes.has(code)) issues.push(makeIssue(file, `${at}/${i}`, 'unknownReference', 'matching.notADistrict', { district: code, ...suggest(code, codes) }));
    });
  }
  return issues;
}
