import { makeIssue, suggest, type Issue } from '../Issue';
import type { IssueKey } from '../issueMessages';
import type { CheckContext } from '../CheckContext';

/** Scenarios name record types, roles, districts, offices, forms and events that exist. */
export function checkScenarios(context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const m = context.manifest.value;
  const districts = m.districts.map((d) => d.code);
  const offices = m.offices.map((o) => o.id);
  const roles = Object.keys(context.roles?.value.roles ?? {});
  for (const { file, value } of context.scenarios) {
    const add = (pointer: string, key: IssueKey, params: Record<string, string | undefined>) => issues.push(makeIssue(file, pointer, 'unknownReference', key, params));
    const recordType = m.recordTypes.find((rt) => rt.id === value.recordType);
    if (!recordType) add('/recordType', 'scenario.unknownRecordType', { recordType: value.recordType, ...suggest(value.recordType, m.recordTypes.map((r) => r.id)) });
    const workflow = recordType ? context.workflows.get(recordType.workflow)?.value : undefined;
    for (const [key, user] of Object.entries(value.users)) {
      user.roles.forEach((r, i) => !roles.includes(r) && context.roles && add(`/users/${key}/roles/${i}`, 'scenario.unknownRole', { role: r, ...suggest(r, roles) }));
      if (user.district && !districts.includes(user.district)) add(`/users/${key}/district`, 'scenario.unknownDistrict', { district: user.district, ...suggest(user.district, districts) });
      if (user.office && !offices.includes(user.office)) add(`/users/${key}/office`, 'scenario.unknownOffice', { office: user.office, ...suggest(user.office, offices) });
    }
    value.steps.forEach((step, i) => {
      const at = `/steps/${i}`;
      if (step.as && !value.users[step.as]) add(`${at}/as`, 'scenario.unknownUser', { user: step.as, ...suggest(step.as, Object.keys(value.users)) });
      if (step.do === 'create' && !districts.includes(step.district)) add(`${at}/district`, 'scenario.unknownDistrict', { district: step.district, ...suggest(step.district, districts) });
      if (step.do === 'create' && step.office && !offices.includes(step.office)) add(`${at}/office`, 'scenario.unknownOffice', { office: step.office, ...suggest(step.office, offices) });
      if (step.do === 'save' && recordType && !recordType.forms.includes(step.form)) add(`${at}/form`, 'scenario.formNotOfRecordType', { form: step.form, recordType: recordType.id, ...suggest(step.form, recordType.forms) });
      if (step.do === 'fire' && workflow && !workflow.events[step.event]) add(`${at}/event`, 'reference.eventNotInWorkflow', { event: step.event, workflow: workflow.id, ...suggest(step.event, Object.keys(workflow.events)) });
      const stage = step.expect?.stage;
      if (stage && workflow && !workflow.machine.states[stage]) add(`${at}/expect/stage`, 'scenario.unknownStage', { stage, ...suggest(stage, Object.keys(workflow.machine.states)) });
      if (step.as === undefined && step.do !== 'advance') add(at, 'scenario.stepNeedsAs', { step: step.do });
    });
  }
  return issues;
}
