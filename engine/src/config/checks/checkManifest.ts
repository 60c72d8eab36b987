import { makeIssue, suggest, type Issue } from '../Issue';
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
    if (districts.has(d.code)) issues.push(makeIssue(file, `/districts/${i}/code`, 'duplicateId', 'manifest.duplicateDistrict', { district: d.code }));
    districts.add(d.code);
    if (d.effectiveFrom && d.effectiveTo && d.effectiveTo < d.effectiveFrom) {
      issues.push(makeIssue(file, `/districts/${i}/effectiveTo`, 'invalidValue', 'manifest.districtEndsBeforeStart', { district: d.code, to: d.effectiveTo, from: d.effectiveFrom }));
    }
  });
  m.districts.forEach((d, i) => {
    if (d.splitFrom && !districts.has(d.splitFrom)) {
      issues.push(makeIssue(file, `/districts/${i}/splitFrom`, 'unknownReference', 'manifest.unknownSplitFrom', { district: d.code, splitFrom: d.splitFrom, ...suggest(d.splitFrom, districts) }));
    }
  });
  const offices = new Set<string>();
  m.offices.forEach((o, i) => {
    useKey(context, o.name, file, `/offices/${i}/name`);
    if (offices.has(o.id)) issues.push(makeIssue(file, `/offices/${i}/id`, 'duplicateId', 'manifest.duplicateOffice', { office: o.id }));
    offices.add(o.id);
    if (!districts.has(o.district)) {
      issues.push(makeIssue(file, `/offices/${i}/district`, 'unknownReference', 'manifest.unknownOfficeDistrict', { office: o.id, district: o.district, ...suggest(o.district, districts) }));
    }
  });
  const recordTypes = new Set<string>();
  m.recordTypes.forEach((rt, i) => {
    const at = `/recordTypes/${i}`;
    useKey(context, rt.label, file, `${at}/label`);
    if (recordTypes.has(rt.id)) issues.push(makeIssue(file, `${at}/id`, 'duplicateId', 'manifest.duplicateRecordType', { recordType: rt.id }));
    recordTypes.add(rt.id);
    if (!workflows.has(rt.workflow) && !broken.workflows.has(rt.workflow)) {
      issues.push(makeIssue(file, `${at}/workflow`, 'unknownReference', 'manifest.unknownWorkflow', { recordType: rt.id, workflow: rt.workflow, file: `workflows/${context.slug}/${rt.workflow}.json`, ...suggest(rt.workflow, workflows.keys()) }));
    }
    rt.forms.forEach((f, j) => {
      if (!forms.has(f) && !broken.forms.has(f)) {
        issues.push(makeIssue(file, `${at}/forms/${j}`, 'unknownReference', 'manifest.unknownForm', { recordType: rt.id, form: f, ...suggest(f, forms.keys()) }));
      }
    });
    if (!rt.forms.includes(rt.createForm)) {
      issues.push(makeIssue(file, `${at}/createForm`, 'unknownReference', 'manifest.createFormNotListed', { form: rt.createForm, forms: rt.forms.join(', ') }));
    }
    if (rt.nameField) {
      const [formId, ...rest] = rt.nameField.split('.');
      const form = forms.get(formId!);
      if (!rt.forms.includes(formId!)) {
        issues.push(makeIssue(file, `${at}/nameField`, 'unknownReference', 'manifest.nameFieldForm', { field: rt.nameField, forms: rt.forms.join(', ') }));
      } else if (form && !resolveField(form.value.schema as Field, rest.join('.'))) {
        issues.push(makeIssue(file, `${at}/nameField`, 'unknownReference', 'manifest.nameFieldMissing', { field: rt.nameField, form: formId, path: rest.join('.') }));
      }
    }
  });
  const known = new Set(context.plugins.filter((p) => p.name !== 'builtin').map((p) => p.name));
  (m.plugins ?? []).forEach((p, i) => {
    if (known.has(p)) return;
    if (known.size === 0) issues.push(makeIssue(file, `/plugins/${i}`, 'unknownReference', 'manifest.unknownPluginNone', { plugin: p }));
    else issues.push(makeIssue(file, `/plugins/${i}`, 'unknownReference', 'manifest.unknownPlugin', { plugin: p, installed: [...known].join(', '), ...suggest(p, known) }));
  });
  return issues;
}
