import { didYouMean, type Issue } from '../Issue';
import type { CheckContext } from '../CheckContext';

/** Scenarios name record types, roles, districts, offices, forms and events that exist. */
export function checkScenarios(context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const m = context.manifest.value;
  const districts = m.districts.map((d) => d.code);
  const offices = m.offices.map((o) => o.id);
  const roles = Object.keys(context.roles?.value.roles ?? {});
  for (const { file, value } of context.scenarios) {
    const add = (pointer: string, message: string) => issues.push({ file, pointer, code: 'unknownReference', message });
    const recordType = m.recordTypes.find((rt) => rt.id === value.recordType);
    if (!recordType) add('/recordType', `record type "${value.recordType}" does not exist.${didYouMean(value.recordType, m.recordTypes.map((r) => r.id))}`);
    const workflow = recordType ? context.workflows.get(recordType.workflow)?.value : undefined;
    for (const [key, user] of Object.entries(value.users)) {
      user.roles.forEach((r, i) => !roles.includes(r) && context.roles && add(`/users/${key}/roles/${i}`, `role "${r}" is not defined.${didYouMean(r, roles)}`));
      if (user.district && !districts.includes(user.district)) add(`/users/${key}/district`, `district "${user.district}" does not exist.${didYouMean(user.district, districts)}`);
      if (user.office && !offices.includes(user.office)) add(`/users/${key}/office`, `office "${user.office}" does not exist.${didYouMean(user.office, offices)}`);
    }
    value.steps.forEach((step, i) => {
      const at = `/steps/${i}`;
      if (step.as && !value.users[step.as]) add(`${at}/as`, `user "${step.as}" is not in "users".${didYouMean(step.as, Object.keys(value.users))}`);
      if (step.do === 'create' && !districts.includes(step.district)) add(`${at}/district`, `district "${step.district}" does not exist.${didYouMean(step.district, districts)}`);
      if (step.do === 'create' && step.office && !offices.includes(step.office)) add(`${at}/office`, `office "${step.office}" does not exist.${didYouMean(step.office, offices)}`);
      if (step.do === 'save' && recordType && !recordType.forms.includes(step.form)) add(`${at}/form`, `form "${step.form}" is not a form of "${recordType.id}".${didYouMean(step.form, recordType.forms)}`);
      if (step.do === 'fire' && workflow && !workflow.events[step.event]) add(`${at}/event`, `event "${step.event}" is not an event of workflow "${workflow.id}".${didYouMean(step.event, Object.keys(workflow.events))}`);
      const stage = step.expect?.stage;
      if (stage && workflow && !workflow.machine.states[stage]) add(`${at}/expect/stage`, `stage "${stage}" does not exist.${didYouMean(stage, Object.keys(workflow.machine.states))}`);
      if (step.as === undefined && step.do !== 'advance') add(at, `step "${step.do}" needs "as" (which user acts)`);
    });
  }
  return issues;
}
