import { describe, expect, it } from 'vitest';
import { subject } from '@casl/ability';
import { createAbility } from './createAbility';
import type { RolesConfig } from '../model/rolesSchema';

const roles: RolesConfig = {
  roles: {
    officer: {
      label: 'role.officer',
      rules: [
        { action: 'read', subject: 'record', conditions: { district: '${user.district}', assignees: '${user.id}' } },
        { action: 'read', subject: 'record', conditions: { office: { $in: ['${user.office}'] } } },
        { action: 'read', subject: 'record', fields: ['f.secret'], inverted: true, conditions: { office: '${user.office}' } },
      ],
    },
  },
};

describe('createAbility', () => {
  it('fills placeholders from trusted attributes and confines every rule to the user state', () => {
    const ability = createAbility(roles, { id: 'u1', state: 'GJ', roles: ['officer'], district: 'AHM' });
    expect(ability.can('read', subject('record', { state: 'GJ', district: 'AHM', assignees: ['u1'] }))).toBe(true);
    expect(ability.can('read', subject('record', { state: 'JH', district: 'AHM', assignees: ['u1'] }))).toBe(false);
    expect(ability.can('read', subject('record', { state: 'GJ', district: 'AHM', assignees: ['u2'] }))).toBe(false);
  });

  it('drops a can-rule whose placeholder the user lacks, and applies a cannot-rule everywhere', () => {
    const ability = createAbility(roles, { id: 'u1', state: 'GJ', roles: ['officer'], district: 'AHM' });
    // Without an office the office rule must not match records that have no office either.
    expect(ability.can('read', subject('record', { state: 'GJ', district: 'SUR' }))).toBe(false);
    expect(ability.can('read', subject('record', { state: 'GJ', district: 'AHM', assignees: ['u1'] }), 'f.secret')).toBe(false);
  });

  it('keeps attribute types (a number stays a number)', () => {
    const numeric: RolesConfig = { roles: { r: { label: 'x', rules: [{ action: 'read', subject: 'record', conditions: { ownerId: '${user.id}' } }] } } };
    const ability = createAbility(numeric, { id: 42 as unknown as string, state: 'GJ', roles: ['r'] });
    expect(ability.can('read', subject('record', { state: 'GJ', ownerId: 42 }))).toBe(true);
    expect(ability.can('read', subject('record', { state: 'GJ', ownerId: '42' }))).toBe(false);
  });

  it('grants nothing for an unknown role', () => {
    expect(createAbility(roles, { id: 'u', state: 'GJ', roles: ['nobody'] }).rules).toEqual([]);
  });
});
