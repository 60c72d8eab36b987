// The roles matrix mapping: every state's roles.json read without loss, edits that mean what the cell says (checked
// with the engine's own CASL abilities), and rules the matrix cannot show kept as they were.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subject } from '@casl/ability';
import { createAbility, type RolesConfig } from '@suraksha/engine';
import { advancedRules, classify, eventScope, hasAdvanced, isDenied, recordActions, recordScope, scopes, sensitiveFields, sensitiveFormFields, setDenied, setEventScope, setRecordScope, type Role, type RolesFile } from './rolesModel';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
const slugs = ['gujarat', 'jharkhand', 'west-bengal'];
const rolesOf = (slug: string) => read(`workflows/${slug}/roles.json`) as RolesFile;
const typesOf = (slug: string) => (read(`form-definitions/${slug}/state.json`) as { recordTypes: { id: string }[] }).recordTypes.map((r) => r.id);
const eventsOf = (slug: string, type: string) => Object.keys((read(`workflows/${slug}/${type}.json`) as { events: Record<string, unknown> }).events);

/** A record of type and place, as the engine's abilities see it. */
const record = (recordType: string, district: string, office = 'X-1') => subject('record', { state: 'GJ', recordType, district, office, stage: 'intake' });
const abilityOf = (role: Role, district = 'AHM', office = 'AHM-PS-1') => createAbility({ roles: { r: role } } as unknown as RolesConfig, { id: 'u1', state: 'GJ', roles: ['r'], district, office });

describe('roles matrix mapping', () => {
  it.each(slugs)('setting any cell of %s to what it shows changes nothing', (slug) => {
    const roles = rolesOf(slug);
    const types = typesOf(slug);
    for (const role of Object.values(roles.roles)) {
      for (const type of types) {
        for (const action of recordActions) expect(setRecordScope(role, action, type, recordScope(role, action, type), types)).toBe(role);
        for (const event of eventsOf(slug, type)) expect(setEventScope(role, event, type, eventScope(role, event, type), types)).toBe(role);
      }
      for (const field of sensitiveFields(roles)) for (const action of ['read', 'update'] as const) expect(setDenied(role, action, field, isDenied(role, action, field))).toBe(role);
    }
  });

  it.each(slugs)('%s: any edit keeps every advanced rule, in order, and a cell set then set back means the same', (slug) => {
    const roles = rolesOf(slug);
    const types = typesOf(slug);
    for (const [id, role] of Object.entries(roles.roles)) {
      const advanced = advancedRules(role).map((a) => a.rule);
      for (const type of types) {
        for (const action of recordActions) {
          const before = recordScope(role, action, type);
          for (const scope of scopes) {
            const edited = setRecordScope(role, action, type, scope, types);
            expect(recordScope(edited, action, type), `${id} ${action} ${type}`).toBe(scope);
            expect(advancedRules(edited).map((a) => a.rule)).toEqual(advanced);
            // Other cells are untouched.
            for (const other of types.filter((t) => t !== type)) expect(recordScope(edited, action, other)).toBe(recordScope(role, action, other));
            const back = setRecordScope(edited, action, type, before, types);
            for (const t of types) for (const a of recordActions) expect(recordScope(back, a, t)).toBe(recordScope(role, a, t));
          }
        }
        for (const event of eventsOf(slug, type)) {
          const edited = setEventScope(role, event, type, eventScope(role, event, type) === 'none' ? 'district' : 'none', types);
          expect(advancedRules(edited).map((a) => a.rule)).toEqual(advanced);
          for (const other of eventsOf(slug, type).filter((e) => e !== event)) expect(eventScope(edited, other, type)).toBe(eventScope(role, other, type));
          for (const t of types.filter((t) => t !== type)) for (const e of eventsOf(slug, t)) expect(eventScope(edited, e, t)).toBe(eventScope(role, e, t));
        }
      }
    }
  });

  it('reads the Gujarat police role as the engine enforces it', () => {
    const police = rolesOf('gujarat').roles.police!;
    expect(recordScope(police, 'create', 'cncp')).toBe('district');
    expect(recordScope(police, 'assign', 'cncp')).toBe('none');
    expect(eventScope(police, 'PRODUCE_BEFORE_CWC', 'cncp')).toBe('district');
    expect(eventScope(police, 'ORDER_SIR', 'cncp')).toBe('none');
    // Reading only some fields is a rule the matrix shows as advanced, not as a scope.
    expect(recordScope(police, 'read', 'cncp')).toBe('none');
    expect(advancedRules(police).some((a) => a.rule.action === 'read')).toBe(true);
    expect(isDenied(police, 'read', 'form22.identity.caste')).toBe(true);
    // Its field-limited edits are per record type: cncp has one, and so does missingChild.
    expect(hasAdvanced(police, 'update', 'cncp')).toBe(true);
    expect(hasAdvanced(rolesOf('gujarat').roles.cciSuperintendent!, 'update', 'missingChild')).toBe(false);
    expect(hasAdvanced(rolesOf('gujarat').roles.cciSuperintendent!, 'update', 'cncp')).toBe(true);
    expect(classify({ action: 'fire', subject: 'record', fields: ['X'], conditions: { stage: 'a' } }).kind).toBe('advanced');
  });

  it('a changed cell means the same to the engine: create, fire, and field-level read', () => {
    const types = typesOf('gujarat');
    const police = rolesOf('gujarat').roles.police!;
    expect(abilityOf(police).can('create', record('cncp', 'AHM'))).toBe(true);
    expect(abilityOf(police).can('create', record('cncp', 'SUR'))).toBe(false);

    const stateWide = setRecordScope(police, 'create', 'cncp', 'state', types);
    expect(abilityOf(stateWide).can('create', record('cncp', 'SUR'))).toBe(true);
    expect(abilityOf(stateWide).can('create', record('missingChild', 'SUR'))).toBe(false);
    expect(abilityOf(stateWide).can('create', record('missingChild', 'AHM'))).toBe(true);

    const none = setRecordScope(police, 'create', 'cncp', 'none', types);
    expect(abilityOf(none).can('create', record('cncp', 'AHM'))).toBe(false);
    expect(abilityOf(none).can('create', record('foundChild', 'AHM'))).toBe(true);

    const office = setRecordScope(police, 'assign', 'cncp', 'office', types);
    expect(abilityOf(office).can('assign', record('cncp', 'AHM', 'AHM-PS-1'))).toBe(true);
    expect(abilityOf(office).can('assign', record('cncp', 'AHM', 'AHM-PS-2'))).toBe(false);

    // PRODUCE_BEFORE_CWC is granted for cncp and foundChild in one rule: taking it from cncp keeps foundChild.
    const noProduce = setEventScope(police, 'PRODUCE_BEFORE_CWC', 'cncp', 'none', types);
    expect(abilityOf(noProduce).can('fire', record('cncp', 'AHM'), 'PRODUCE_BEFORE_CWC')).toBe(false);
    expect(abilityOf(noProduce).can('fire', record('foundChild', 'AHM'), 'PRODUCE_BEFORE_CWC')).toBe(true);
    const orderSir = setEventScope(police, 'ORDER_SIR', 'cncp', 'district', types);
    expect(abilityOf(orderSir).can('fire', record('cncp', 'AHM'), 'ORDER_SIR')).toBe(true);
    expect(abilityOf(orderSir).can('fire', record('cncp', 'SUR'), 'ORDER_SIR')).toBe(false);

    const admin = rolesOf('gujarat').roles.stateAdmin!;
    const caste = 'form22.identity.caste';
    expect(abilityOf(admin).can('read', record('cncp', 'SUR'), caste)).toBe(false);
    const allowed = setDenied(admin, 'read', caste, false);
    expect(abilityOf(allowed).can('read', record('cncp', 'SUR'), caste)).toBe(true);
    expect(abilityOf(allowed).can('read', record('cncp', 'SUR'), 'form22.identity.religion')).toBe(false);
    expect(isDenied(setDenied(allowed, 'read', caste, true), 'read', caste)).toBe(true);
    expect(abilityOf(setDenied(allowed, 'read', caste, true)).can('read', record('cncp', 'SUR'), caste)).toBe(false);
  });
});

describe('sensitive form fields', () => {
  it('lists the fields the forms mark sensitive, as record paths the field-level rules use', () => {
    const files = { 'form-definitions/gujarat/forms/form22.json': read('form-definitions/gujarat/forms/form22.json'), 'workflows/gujarat/roles.json': rolesOf('gujarat') };
    const fields = sensitiveFormFields(files, 'gujarat');
    expect(fields).toContain('form22.identity.caste');
    expect(fields).toContain('form22.identity.religion');
    expect(fields.length).toBe(48);
    expect(sensitiveFormFields(files, 'jharkhand')).toEqual([]);
  });
});
