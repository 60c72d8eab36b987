// One broken variant of the minimal state per issue kind; each asserts the exact issue (file, pointer, message).
import { describe, expect, it } from 'vitest';
import { loadDeployment, type Issue, type StateSource } from '@suraksha/engine';
import { files, minimalSource, plugins, withJson, withText } from '../support/fixture';

/** Issues without position and message key (keys are checked in issueKeys.test.ts). */
function issuesOf(source: StateSource): Omit<Issue, 'line' | 'column' | 'key' | 'params'>[] {
  const result = loadDeployment(source, { plugins });
  expect(result.ok).toBe(false);
  return result.issues.map(({ line: _l, column: _c, key: _k, params: _p, ...rest }) => rest);
}

describe('broken configuration', () => {
  it('accepts the unbroken fixture', () => {
    expect(loadDeployment(minimalSource(), { plugins }).issues).toEqual([]);
  });

  it('reports broken JSON with line and column', () => {
    const text = '{\n  "code": "TL",\n  "name": "state.name",\n}\n';
    const result = loadDeployment(withText(minimalSource(), files.manifest, text), { plugins });
    expect(result.issues).toContainEqual({ file: files.manifest, pointer: '', code: 'invalidJson', key: 'json.propertyNameExpected', message: 'broken JSON: property name expected', line: 4, column: 1 });
  });

  it('reports an empty file instead of crashing', () => {
    const result = loadDeployment(withText(minimalSource(), files.sir, ''), { plugins });
    expect(result.issues).toEqual([{ file: files.sir, pointer: '', code: 'invalidJson', key: 'json.empty', message: 'broken JSON: the file is empty', line: 1, column: 1 }]);
  });

  it('reports an unknown key with the allowed keys and a suggestion', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => (w.events.PRODUCE.lable = 'x'));
    expect(issuesOf(source)).toEqual([
      { file: files.workflow, pointer: '/events/PRODUCE/lable', code: 'unknownKey', message: 'unknown key "lable". Allowed: label, confirm. Did you mean "label"?' },
    ]);
  });

  it('reports a wrong type', () => {
    const source = withJson(minimalSource(), files.intake, (f) => (f.version = '1'));
    expect(issuesOf(source)).toEqual([{ file: files.intake, pointer: '/version', code: 'wrongType', message: 'must be an integer' }]);
  });

  it('reports a wrong value from a closed set', () => {
    const source = withJson(minimalSource(), files.intake, (f) => (f.schema.properties.child.properties.name.type = 'text'));
    expect(issuesOf(source)).toEqual([
      { file: files.intake, pointer: '/schema/properties/child/properties/name/type', code: 'invalidValue', message: 'must be one of: string, integer, number, boolean, object, array.' },
    ]);
  });

  it('reports a duplicate id', () => {
    const source = withJson(minimalSource(), files.manifest, (m) => m.districts.push({ code: 'NOR', name: 'district.NOR' }));
    expect(issuesOf(source)).toEqual([{ file: files.manifest, pointer: '/districts/3/code', code: 'duplicateId', message: 'district code "NOR" is defined twice' }]);
  });

  it('reports a workflow naming a form that does not exist', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => (w.machine.states.intake.on.PRODUCE.guard.params.form = 'intak'));
    expect(issuesOf(source)).toEqual([
      { file: files.workflow, pointer: '/machine/states/intake/on/PRODUCE/guard/params/form', code: 'unknownReference', message: 'form "intak" does not exist. Did you mean "intake"?' },
    ]);
  });

  it('reports a transition to a stage that does not exist', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => (w.machine.states.sirOrdered.on.SUBMIT_SIR.target = 'sirSubmited'));
    expect(issuesOf(source)).toEqual([
      { file: files.workflow, pointer: '/machine/states/sirOrdered/on/SUBMIT_SIR/target', code: 'unknownReference', message: 'transition "SUBMIT_SIR" goes to stage "sirSubmited", which does not exist. Did you mean "sirSubmitted"?' },
      { file: files.workflow, pointer: '/machine/states/sirSubmitted', code: 'unreachableStage', message: 'stage "sirSubmitted" cannot be reached from the initial stage "intake"' },
      { file: files.workflow, pointer: '/machine/states/closed', code: 'unreachableStage', message: 'stage "closed" cannot be reached from the initial stage "intake"' },
    ]);
  });

  it('reports an unknown guard', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => (w.machine.states.intake.on.PRODUCE.guard.type = 'formCompleted'));
    expect(issuesOf(source)).toEqual([
      {
        file: files.workflow,
        pointer: '/machine/states/intake/on/PRODUCE/guard/type',
        code: 'unknownReference',
        message: 'guard "formCompleted" does not exist. Available: formComplete, condition, hasRole, allOf, anyOf, not. Did you mean "formComplete"?',
      },
    ]);
  });

  it('reports an unknown action and a plugin action whose plugin is not enabled', () => {
    const unknown = withJson(minimalSource(), files.workflow, (w) => (w.machine.states.sirOrdered.on.SUBMIT_SIR.actions[0].type = 'clearDeadlines'));
    expect(issuesOf(unknown)).toEqual([
      {
        file: files.workflow,
        pointer: '/machine/states/sirOrdered/on/SUBMIT_SIR/actions/0/type',
        code: 'unknownReference',
        message: 'action "clearDeadlines" does not exist. Available: setDeadline, clearDeadline, assign, notify, assignCaseNumber. Did you mean "clearDeadline"?',
      },
    ]);
    const disabled = withJson(minimalSource(), files.manifest, (m) => (m.plugins = []));
    expect(issuesOf(disabled)).toEqual([
      { file: files.workflow, pointer: '/machine/states/intake/on/PRODUCE/actions/2/type', code: 'unknownReference', message: 'action "assignCaseNumber" comes from plugin "caseNumbers", which is not enabled in state.json "plugins"' },
    ]);
  });

  it('reports wrong action parameters', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => (w.machine.states.inquiry.on.ORDER_SIR.actions[0].params.after = '15 days'));
    expect(issuesOf(source)).toEqual([
      { file: files.workflow, pointer: '/machine/states/inquiry/on/ORDER_SIR/actions/0/params/after', code: 'invalidValue', message: 'action "setDeadline": /after must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"' },
    ]);
  });

  it('reports an unreachable stage', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => {
      w.machine.states.archived = { type: 'final', meta: { label: 'stage.closed' } };
    });
    expect(issuesOf(source)).toEqual([
      { file: files.workflow, pointer: '/machine/states/archived', code: 'unreachableStage', message: 'stage "archived" cannot be reached from the initial stage "intake"' },
    ]);
  });

  it('reports a stage with no way out that is not final', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => delete w.machine.states.closed.type);
    expect(issuesOf(source)).toEqual([
      { file: files.workflow, pointer: '/machine/states/closed', code: 'deadEnd', message: 'stage "closed" has no way out and is not final: add a transition or "type": "final"' },
    ]);
  });

  it('reports a role rule with an unknown action', () => {
    const source = withJson(minimalSource(), files.roles, (r) => (r.roles.police.rules[0].action = ['create', 'delete']));
    expect(issuesOf(source)).toEqual([
      { file: files.roles, pointer: '/roles/police/rules/0/action/1', code: 'invalidValue', message: 'must be one of: create, read, update, fire, assign, manage.' },
    ]);
  });

  it('reports a role rule naming an unknown field', () => {
    const source = withJson(minimalSource(), files.roles, (r) => (r.roles.police.rules[3].fields = ['sir.identity.cast']));
    expect(issuesOf(source)).toEqual([
      {
        file: files.roles,
        pointer: '/roles/police/rules/3/fields/0',
        code: 'unknownReference',
        message: 'role "police" names field "sir.identity.cast", which matches no field of any form (fields are <formId>.<path>). Did you mean "sir.identity.caste"?',
      },
    ]);
  });

  it('reports a role rule naming an unknown event', () => {
    const source = withJson(minimalSource(), files.roles, (r) => (r.roles.cwcMember.rules[2].fields = ['PRODUCE', 'ORDER_SIRR', 'CLOSE']));
    expect(issuesOf(source)).toEqual([
      { file: files.roles, pointer: '/roles/cwcMember/rules/2/fields/1', code: 'unknownReference', message: 'role "cwcMember" may fire "ORDER_SIRR", which is not an event of any workflow. Did you mean "ORDER_SIR"?' },
    ]);
  });

  it('reports a role condition on an unknown attribute and an unknown placeholder', () => {
    const source = withJson(minimalSource(), files.roles, (r) => (r.roles.police.rules[0].conditions = { distrct: '${user.district}', office: '${user.station}' }));
    expect(issuesOf(source)).toEqual([
      { file: files.roles, pointer: '/roles/police/rules/0/conditions/distrct', code: 'unknownReference', message: 'condition on "distrct": records can be matched on state, district, office, recordType, stage, ownerId, assignees. Did you mean "district"?' },
      { file: files.roles, pointer: '/roles/police/rules/0/conditions', code: 'unknownReference', message: 'placeholder "${user.station}" is unknown; use one of ${user.id}, ${user.state}, ${user.district}, ${user.office}' },
    ]);
  });

  it('reports a translation key missing in one language', () => {
    const source = withJson(minimalSource(), files.hi, (t) => delete t.messages['sir.family.age']);
    expect(issuesOf(source)).toEqual([
      { file: files.hi, pointer: '/messages', code: 'missingTranslation', message: `missing translation "sir.family.age" in hi (used at ${files.sir}:/schema/properties/family/items/properties/age/title)` },
    ]);
  });

  it('counts a blank translation as missing', () => {
    const source = withJson(minimalSource(), files.hi, (t) => (t.messages['sir.family.age'] = '  '));
    expect(issuesOf(source)).toEqual([
      { file: files.hi, pointer: '/messages', code: 'missingTranslation', message: `missing translation "sir.family.age" in hi (used at ${files.sir}:/schema/properties/family/items/properties/age/title)` },
    ]);
  });

  it('reports an engine message missing in a language', () => {
    const source = withJson(minimalSource(), files.en, (t) => delete t.messages['validation.notInFuture']);
    expect(issuesOf(source)).toEqual([
      { file: files.en, pointer: '/messages', code: 'missingTranslation', message: 'missing translation "validation.notInFuture" in en (needed by the engine)' },
    ]);
  });

  it('reports an option without a label', () => {
    const source = withJson(minimalSource(), files.intake, (f) => delete f.schema.properties.child.properties.sex.oneOf[2].title);
    expect(issuesOf(source)).toEqual([
      { file: files.intake, pointer: '/schema/properties/child/properties/sex/oneOf/2', code: 'missingLabel', message: 'option "transgender" of field "sex" has no label: add "title" with a translation key' },
    ]);
  });

  it('reports an office in a district that is not defined', () => {
    const source = withJson(minimalSource(), files.manifest, (m) => (m.offices[2].district = 'SOUTH'));
    expect(issuesOf(source)).toEqual([
      { file: files.manifest, pointer: '/offices/2/district', code: 'unknownReference', message: 'office "SOU-CWC-1" is in district "SOUTH", which is not defined in districts. Did you mean "SOU"?' },
    ]);
  });

  it('reports a rule naming a missing field and a show rule on an always-required field', () => {
    const source = withJson(minimalSource(), files.intake, (f) => {
      f.rules[0].show = ['child.abuseDetail', 'child.sex'];
    });
    expect(issuesOf(source)).toEqual([
      { file: files.intake, pointer: '/rules/0/show/0', code: 'unknownReference', message: 'rule "abuse" names field "child.abuseDetail", which does not exist in form "intake"' },
      { file: files.intake, pointer: '/rules/0/show/1', code: 'invalidRule', message: '"child.sex" is shown by rule "abuse" but always required; list it in the rule\'s "require" instead of "required"' },
    ]);
  });

  it('collects every issue across files instead of stopping at the first', () => {
    let source = withJson(minimalSource(), files.manifest, (m) => (m.offices[0].district = 'XXX'));
    source = withJson(source, files.roles, (r) => (r.roles.police.rules[2].fields = ['NOPE']));
    source = withText(source, files.sir, '{ "id": ');
    const result = loadDeployment(source, { plugins });
    expect(new Set(result.issues.map((i) => i.file))).toEqual(new Set([files.manifest, files.roles, files.sir]));
  });

  it('attaches line numbers to issues found after parsing', () => {
    const source = withJson(minimalSource(), files.workflow, (w) => (w.events.PRODUCE.lable = 'x'));
    const [issue] = loadDeployment(source, { plugins }).issues;
    expect(issue?.line).toBe(9);
  });
});

describe('$schema pointers', () => {
  it('requires every config file to name its engine schema', () => {
    const missing = withJson(minimalSource(), files.roles, (r) => delete r.$schema);
    expect(issuesOf(missing)).toEqual([{ file: files.roles, pointer: '', code: 'missingKey', message: 'add "$schema" pointing at engine/schemas/roles.schema.json' }]);
    const wrong = withJson(minimalSource(), files.sir, (f) => (f.$schema = '../../../../../../engine/schemas/workflow.schema.json'));
    expect(issuesOf(wrong)).toEqual([{ file: files.sir, pointer: '/$schema', code: 'invalidValue', message: '"$schema" must point at engine/schemas/form.schema.json' }]);
  });
});
