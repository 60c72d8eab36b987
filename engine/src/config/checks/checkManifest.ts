import { didYouMean, type Issue } from '../Issue';
import { useKey, type CheckContext } from '../CheckContext';
import { resolveField } from '../../forms/fieldPaths';
import type { Field } from '../../model/formSchema';

/** Districts, offices, record types and plugins of the manifest, and the keys they use. */
export function checkManifest(context: CheckContext): Issue[] {
  const { manifest, forms, workflows, broken } = context;
  const file = manifest.file;
  const issues: Issue[] = [];
  const m = manifest.value;
  useKey(context, m.name, file, '/name');
  const districts = new Set<string>();
  m.districts.forEach((d, i) => {
    useKey(context, d.name, file, `/districts/${i}/name`);
    if (districts.has(d.code)) issues.push({ file, pointer: `/districts/${i}/code`, code: 'duplicateId', message: `district code "${d.code}" is defined twice` });
    districts.add(d.code);
    if (d.effectiveFrom && d.effectiveTo && d.effectiveTo < d.effectiveFrom) {
      issues.push({ file, pointer: `/districts/${i}/effectiveTo`, code: 'invalidValue', message: `district "${d.code}" ends (${d.effectiveTo}) before it begins (${d.effectiveFrom})` });
    }
  });
  m.districts.forEach((d, i) => {
    if (d.splitFrom && !districts.has(d.splitFrom)) {
      issues.push({ file, pointer: `/districts/${i}/splitFrom`, code: 'unknownReference', message: `district "${d.code}" is split from "${d.splitFrom}", which is not a district of this state.${didYouMean(d.splitFrom, districts)}` });
    }
  });
  const offices = new Set<string>();
  m.offices.forEach((o, i) => {
    useKey(context, o.name, file, `/offices/${i}/name`);
    if (offices.has(o.id)) issues.push({ file, pointer: `/offices/${i}/id`, code: 'duplicateId', message: `office id "${o.id}" is defined twice` });
    offices.add(o.id);
    if (!districts.has(o.district)) {
      issues.push({ file, pointer: `/offices/${i}/district`, code: 'unknownReference', message: `office "${o.id}" is in district "${o.district}", which is not defined in districts.${didYouMean(o.district, districts)}` });
    }
  });
  const recordTypes = new Set<string>();
  m.recordTypes.forEach((rt, i) => {
    const at = `/recordTypes/${i}`;
    useKey(context, rt.label, file, `${at}/label`);
    if (recordTypes.has(rt.id)) issues.push({ file, pointer: `${at}/id`, code: 'duplicateId', message: `record type "${rt.id}" is defined twice` });
    recordTypes.add(rt.id);
    if (!workflows.has(rt.workflow) && !broken.workflows.has(rt.workflow)) {
      issues.push({ file, pointer: `${at}/workflow`, code: 'unknownReference', message: `record type "${rt.id}" uses workflow "${rt.workflow}", but there is no workflows/${context.slug}/${rt.workflow}.json.${didYouMean(rt.workflow, workflows.keys())}` });
    }
    rt.forms.forEach((f, j) => {
      if (!forms.has(f) && !broken.forms.has(f)) {
        issues.push({ file, pointer: `${at}/forms/${j}`, code: 'unknownReference', message: `record type "${rt.id}" names form "${f}", which does not exist.${didYouMean(f, forms.keys())}` });
      }
    });
    if (!rt.forms.includes(rt.createForm)) {
      issues.push({ file, pointer: `${at}/createForm`, code: 'unknownReference', message: `createForm "${rt.createForm}" is not one of the record type's forms (${rt.forms.join(', ')})` });
    }
    if (rt.nameField) {
      const [formId, ...rest] = rt.nameField.split('.');
      const form = forms.get(formId!);
      if (!rt.forms.includes(formId!)) {
        issues.push({ file, pointer: `${at}/nameField`, code: 'unknownReference', message: `nameField "${rt.nameField}" must start with one of the record type's forms (${rt.forms.join(', ')})` });
      } else if (form && !resolveField(form.value.schema as Field, rest.join('.'))) {
        issues.push({ file, pointer: `${at}/nameField`, code: 'unknownReference', message: `nameField "${rt.nameField}": form "${formId}" has no field "${rest.join('.')}"` });
      }
    }
  });
  const known = new Set(context.plugins.filter((p) => p.name !== 'builtin').map((p) => p.name));
  (m.plugins ?? []).forEach((p, i) => {
    if (!known.has(p)) issues.push({ file, pointer: `/plugins/${i}`, code: 'unknownReference', message: `plugin "${p}" is not installed. Installed plugins: ${[...known].join(', ') || 'none'}.${didYouMean(p, known)}` });
  });
  return issues;
}
