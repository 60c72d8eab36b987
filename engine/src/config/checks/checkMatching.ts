import { didYouMean, type Issue } from '../Issue';
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
  const checkField = (ref: string, forms_: readonly string[], pointer: string, what: string) => {
    const [formId, ...rest] = ref.split('.');
    if (!forms_.includes(formId!)) {
      issues.push({ file, pointer, code: 'unknownReference', message: `${what} "${ref}" must start with one of the record type's forms (${forms_.join(', ')})` });
      return;
    }
    const form = forms.get(formId!);
    if (form && !resolveField(form.value.schema as Field, rest.join('.'))) {
      issues.push({ file, pointer, code: 'unknownReference', message: `${what} "${ref}": form "${formId}" has no field "${rest.join('.')}"` });
    }
  };
  m.recordTypes.forEach((rt, i) => {
    if (!rt.matching) return;
    const at = `/recordTypes/${i}/matching`;
    sides.add(rt.matching.side);
    for (const [name, ref] of Object.entries(rt.matching.fields)) if (ref) checkField(ref, rt.forms, `${at}/fields/${name}`, `matching field ${name}`);
    for (const ref of Object.keys(rt.matching.onConfirm?.set ?? {})) checkField(ref, rt.forms, `${at}/onConfirm/set/${ref.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'field set on confirmation');
    const event = rt.matching.onConfirm?.event;
    const workflow = workflows.get(rt.workflow)?.value;
    if (event && workflow && !workflow.events[event]) {
      issues.push({ file, pointer: `${at}/onConfirm/event`, code: 'unknownReference', message: `event "${event}" is not an event of workflow "${rt.workflow}".${didYouMean(event, Object.keys(workflow.events))}` });
    }
  });
  if ((m.plugins ?? []).includes('matching') && !(sides.has('missing') && sides.has('found'))) {
    issues.push({ file, pointer: '/plugins', code: 'invalidValue', message: 'the matching plugin is enabled, but no record type is set up as the missing side and another as the found side ("matching": { "side": ... } on recordTypes)' });
  }
  (m.matching?.acrossStates ?? []).forEach((code, i) => {
    if (code === m.code) issues.push({ file, pointer: `/matching/acrossStates/${i}`, code: 'invalidValue', message: `"${code}" is this state; list other states only` });
  });
  // Neighbouring districts name districts of this state, and not the district itself.
  const codes = new Set(m.districts.map((d) => d.code));
  for (const [district, neighbours] of Object.entries(m.matching?.neighbours ?? {})) {
    const at = `/matching/neighbours/${district}`;
    if (!codes.has(district)) issues.push({ file, pointer: at, code: 'unknownReference', message: `"${district}" is not a district of this state.${didYouMean(district, codes)}` });
    neighbours.forEach((code, i) => {
      if (code === district) issues.push({ file, pointer: `${at}/${i}`, code: 'invalidValue', message: `"${code}" is the district itself; list the districts bordering it` });
      else if (!codes.has(code)) issues.push({ file, pointer: `${at}/${i}`, code: 'unknownReference', message: `"${code}" is not a district of this state.${didYouMean(code, codes)}` });
    });
  }
  return issues;
}
