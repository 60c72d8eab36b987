// Form edits: tree moves and renames keep rules consistent; role access per field agrees with the engine's CASL; a new
// field's missing labels are reported by the engine.
import { describe, expect, it } from 'vitest';
import { createAbility, loadDeployment, recordSubject, type RolesConfig } from '@suraksha/engine';
import { caseNumbersPlugin } from '@suraksha/plugin-case-numbers';
import { matchingPlugin } from '@suraksha/plugin-matching';
import { alertsPlugin } from '@suraksha/plugin-alerts';
import { reportsPlugin } from '@suraksha/plugin-reports';
import { join } from 'node:path';
import { addField, denySensitive, dropFieldTexts, relocateField, renameField, fieldAt, fieldMatches, isRequired, listFields, moveField, newField, nextOption, normaliseRequired, setText, paletteKinds, pathOfPointer, pointerOf, removeField, replaceField, roleMay, setRequired, setRoleAccess, kindOf, type FormJson, type RolesJson } from './formModel.ts';
import { readdirSync, readFileSync } from 'node:fs';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const form17 = (): FormJson => read('form-definitions/gujarat/forms/form17.json');
const roles = (): RolesJson => read('workflows/gujarat/roles.json');

describe('form tree edits', () => {
  it('finds fields and their pointers both ways, tables included', () => {
    const form22: FormJson = read('form-definitions/gujarat/forms/form22.json');
    for (const { path } of listFields(form22.schema)) {
      expect(pathOfPointer(pointerOf(form22.schema, path))).toBe(path);
      expect(pathOfPointer(pointerOf(form22.schema, path) + '/title')).toBe(path);
    }
    expect(pointerOf(form22.schema, 'family.name')).toBe('/schema/properties/family/items/properties/name');
  });

  it('maps every palette kind back to itself', () => {
    for (const kind of paletteKinds) expect(kindOf(newField(kind, 'f', 'x'))).toBe(kind.id);
  });

  it('moves a field into another section, taking its rules and required flag along', () => {
    let form = form17();
    expect(isRequired(form, 'child.allegationDetails')).toBe(true);
    form = moveField(form, 'child.allegationDetails', 'parents', 0);
    expect(fieldAt(form.schema, 'child.allegationDetails')).toBeUndefined();
    expect(Object.keys(fieldAt(form.schema, 'parents')!.properties!)[0]).toBe('allegationDetails');
    const rule = form.rules!.find((r) => r.id === 'allegation')!;
    expect(rule.show).toEqual(['parents.allegationDetails']);
    expect(rule.require).toEqual(['parents.allegationDetails']);
    expect(isRequired(form, 'parents.allegationDetails')).toBe(true);
  });

  it('reorders within a section and renames in place', () => {
    let form = form17();
    const before = Object.keys(fieldAt(form.schema, 'child')!.properties!);
    form = moveField(form, 'child.name', 'child', 2);
    expect(Object.keys(fieldAt(form.schema, 'child')!.properties!).indexOf('name')).toBe(2);
    form = renameField(form, 'child.alleges', 'allegesAbuse');
    expect(Object.keys(fieldAt(form.schema, 'child')!.properties!)).toHaveLength(before.length);
    expect((form.rules!.find((r) => r.id === 'allegation')!.when as { field: string }).field).toBe('child.allegesAbuse');
  });

  it('keeps required in the show rule for a conditional field, and moves plain required there', () => {
    let form = form17();
    form = setRequired(form, 'child.allegationDetails', false);
    expect(form.rules!.find((r) => r.id === 'allegation')!.require).toBeUndefined();
    form = setRequired(form, 'child.name', true);
    expect(fieldAt(form.schema, 'child')!.required).toContain('name');
    form.rules!.push({ id: 'named', when: { field: 'child.alleges', schema: { const: true } }, show: ['child.name'] });
    form = normaliseRequired(form);
    expect(fieldAt(form.schema, 'child')!.required ?? []).not.toContain('name');
    expect(form.rules!.at(-1)!.require).toEqual(['child.name']);
    expect(isRequired(form, 'child.name')).toBe(true);
    form = removeField(form, 'child.name');
    expect(form.rules!.at(-1)!.show).toEqual([]);
  });
});

describe('role access per field', () => {
  it('matches CASL field patterns', () => {
    expect(fieldMatches('form17.**', 'form17.child.name')).toBe(true);
    expect(fieldMatches('form17.**', 'form22.child')).toBe(false);
    expect(fieldMatches('*.**.caste', 'form22.identity.caste')).toBe(true);
    expect(fieldMatches('form22.*.caste', 'form22.a.b.caste')).toBe(false);
  });

  it('agrees with the engine on every role and field of form17 and form22', () => {
    const r = roles();
    let checked = 0;
    for (const role of Object.keys(r.roles)) {
      const ability = createAbility(r as unknown as RolesConfig, { id: 'u', state: 'GJ', roles: [role], district: 'AHM' });
      const record = recordSubject({ state: 'GJ', recordType: 'cncp', district: 'AHM', ownerId: 'u', assignees: ['u'], stage: 'intake' });
      for (const formId of ['form17', 'form22']) {
        for (const { path } of listFields((read(`form-definitions/gujarat/forms/${formId}.json`) as FormJson).schema)) {
          for (const action of ['read', 'update'] as const) {
            const field = `${formId}.${path}`;
            expect(roleMay(r, role, action, field), `${role} ${action} ${field}`).toBe(ability.can(action, record, field));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('hides a newly sensitive field from the roles that keep a list of sensitive fields', () => {
    const { roles: next, denied } = denySensitive(roles(), 'form17.child.religion');
    expect(denied).toEqual(['police', 'cciSuperintendent', 'dcpo', 'stateAdmin']);
    expect(denied).not.toContain('cwcMember');
    expect(roleMay(next, 'police', 'read', 'form17.child.religion')).toBe(false);
    expect(roleMay(next, 'police', 'read', 'form17.child.name')).toBe(true);
    expect(roleMay(next, 'cwcMember', 'read', 'form17.child.religion')).toBe(true);
  });

  it('grants and takes rights on one field, keeping other rules', () => {
    let r = roles();
    const count = r.roles.police!.rules.length;
    r = setRoleAccess(r, 'police', 'read', 'form17.child.name', false);
    expect(roleMay(r, 'police', 'read', 'form17.child.name')).toBe(false);
    expect(roleMay(r, 'police', 'read', 'form17.child.sex')).toBe(true);
    r = setRoleAccess(r, 'police', 'read', 'form17.child.name', true);
    expect(roleMay(r, 'police', 'read', 'form17.child.name')).toBe(true);
    expect(r.roles.police!.rules).toHaveLength(count);
    r = setRoleAccess(r, 'socialWorker', 'update', 'form17.child.name', true);
    expect(roleMay(r, 'socialWorker', 'update', 'form17.child.name')).toBe(true);
    expect(roleMay(r, 'socialWorker', 'update', 'form17.child.sex')).toBe(false);
    expect(r.roles.socialWorker!.rules.find((x) => x.fields?.includes('form17.child.name'))!.conditions).toBeDefined();
    r = setRoleAccess(r, 'cciSuperintendent', 'read', 'form17.child.allegationDetails', true);
    expect(roleMay(r, 'cciSuperintendent', 'read', 'form17.child.allegationDetails')).toBe(true);
    expect(roleMay(r, 'cciSuperintendent', 'read', 'form22.identity.caste')).toBe(false);
  });
});

describe('whole-draft edits of a field', () => {
  const slug = 'gujarat';
  const languages = ['gu', 'hi', 'en'];
  const files = (): Record<string, any> => ({
    'form-definitions/gujarat/forms/form17.json': form17(),
    'form-definitions/gujarat/state.json': read('form-definitions/gujarat/state.json'),
    'workflows/gujarat/roles.json': roles(),
    ...Object.fromEntries(languages.map((l) => [`form-definitions/gujarat/i18n/${l}.json`, read(`form-definitions/gujarat/i18n/${l}.json`)])),
  });

  it('renames a field with its texts, role fields and the record name field', () => {
    const draft = files();
    const renamed = renameField(draft['form-definitions/gujarat/forms/form17.json'], 'child.name', 'fullName');
    const { form, changes } = relocateField(draft, slug, languages, 'form17', renamed, 'child.name', 'child.fullName');
    expect(fieldAt(form.schema, 'child.fullName')!.title).toBe('form17.child.fullName');
    for (const lang of languages) {
      const messages = (changes[`form-definitions/gujarat/i18n/${lang}.json`] as { messages: Record<string, string> }).messages;
      expect(messages['form17.child.fullName']).toBe(draft[`form-definitions/gujarat/i18n/${lang}.json`].messages['form17.child.name']);
      expect(messages['form17.child.name']).toBeUndefined();
    }
    expect((changes['form-definitions/gujarat/state.json'] as any).recordTypes.find((r: any) => r.id === 'cncp').nameField).toBe('form17.child.fullName');
    expect(JSON.stringify(changes['workflows/gujarat/roles.json'])).not.toContain('"form17.child.name"');
  });

  it('drops the texts only a deleted field used', () => {
    const draft = files();
    const form = removeField(draft['form-definitions/gujarat/forms/form17.json'], 'child.alleges');
    const changes = dropFieldTexts(draft, slug, languages, 'form17', form, 'child.alleges');
    const en = (changes['form-definitions/gujarat/i18n/en.json'] as { messages: Record<string, string> }).messages;
    expect(en['form17.child.alleges']).toBeUndefined();
    expect(en['form17.child.allegationDetails']).toBeDefined();
    // A key another place still uses stays.
    const kept = dropFieldTexts(draft, slug, languages, 'form17', draft['form-definitions/gujarat/forms/form17.json'], 'child.alleges');
    expect(kept).toEqual({});
  });
});

describe('a new field', () => {
  /** Gujarat's whole configuration as the designer holds it: repository path → parsed JSON. */
  const gujarat = (): Record<string, unknown> => {
    const walk = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.json') ? [`${dir}/${e.name}`] : []));
    return Object.fromEntries([...walk('form-definitions/gujarat'), ...walk('workflows/gujarat')].map((p) => [p, read(p)]));
  };
  const missingIn = (files: Record<string, unknown>, key: string) =>
    loadDeployment({ slug: 'gujarat', files: Object.entries(files).map(([path, value]) => ({ path, text: JSON.stringify(value, null, 2) })) }, { plugins: [caseNumbersPlugin, matchingPlugin, alertsPlugin, reportsPlugin] })
      .issues.filter((i) => i.code === 'missingTranslation' && i.message.includes(`"${key}"`))
      .map((i) => /in ([a-z]+) \(/.exec(i.message)?.[1])
      .sort();
  const formPath = 'form-definitions/gujarat/forms/form17.json';
  const choice = paletteKinds.find((k) => k.template.oneOf)!;

  it('gets no placeholder labels: the engine reports each language missing until the admin types it', () => {
    const draft = gujarat();
    expect(missingIn(draft, 'form17.child.shortText')).toEqual([]);
    const added = addField(draft[formPath] as FormJson, draft, 'gujarat', paletteKinds.find((k) => k.id === 'shortText')!, 'form17', 'child');
    expect(added.path).toBe('child.shortText');
    expect(added.changes).toEqual({});
    const files = { ...draft, [formPath]: added.form };
    expect(missingIn(files, 'form17.child.shortText')).toEqual(['en', 'gu', 'hi']);
    // Choices too: every option's label is missing in every language.
    const withChoice = addField(added.form, files, 'gujarat', choice, 'form17', 'child');
    const option = `form17.${withChoice.path}.${String(choice.template.oneOf![0]!.const)}`;
    expect(missingIn({ ...files, [formPath]: withChoice.form }, option)).toEqual(['en', 'gu', 'hi']);
  });

  it('adds an option with no placeholder label, and an emptied label counts as missing again', () => {
    const draft = gujarat();
    const form = draft[formPath] as FormJson;
    const sex = fieldAt(form.schema, 'child.sex')!;
    const option = nextOption(sex.oneOf!, false, 'form17', 'child.sex');
    expect(sex.oneOf!.map((o) => o.const)).not.toContain(option.const);
    const withOption: Record<string, unknown> = { ...draft, [formPath]: replaceField(form, 'child.sex', { ...sex, oneOf: [...sex.oneOf!, option] }) };
    expect(missingIn(withOption, option.title)).toEqual(['en', 'gu', 'hi']);
    const typed: Record<string, unknown> = { ...withOption, ...setText(withOption, 'gujarat', 'gu', option.title, ' અન્ય ') };
    expect((typed['form-definitions/gujarat/i18n/gu.json'] as { messages: Record<string, string> }).messages[option.title]).toBe('અન્ય');
    expect(missingIn(typed, option.title)).toEqual(['en', 'hi']);
    const emptied: Record<string, unknown> = { ...typed, ...setText(typed, 'gujarat', 'gu', option.title, '  ') };
    expect(option.title in (emptied['form-definitions/gujarat/i18n/gu.json'] as { messages: Record<string, string> }).messages).toBe(false);
    expect(missingIn(emptied, option.title)).toEqual(['en', 'gu', 'hi']);
  });

  it('fills only the languages the admin typed', () => {
    const draft = gujarat();
    const added = addField(draft[formPath] as FormJson, draft, 'gujarat', paletteKinds.find((k) => k.id === 'shortText')!, 'form17', 'child', 0, { en: ' Platform number ', gu: '', hi: '  ' });
    expect(Object.keys(fieldAt(added.form.schema, 'child')!.properties!)[0]).toBe('shortText');
    expect(Object.keys(added.changes)).toEqual(['form-definitions/gujarat/i18n/en.json']);
    expect((added.changes['form-definitions/gujarat/i18n/en.json'] as { messages: Record<string, string> }).messages['form17.child.shortText']).toBe('Platform number');
    expect(missingIn({ ...draft, ...added.changes, [formPath]: added.form }, 'form17.child.shortText')).toEqual(['gu', 'hi']);
  });
});
