// Issues lead to the tab that edits their file.
import { describe, expect, it } from 'vitest';
import { tabOfFile } from './tabs';

describe('tabOfFile', () => {
  it('maps each kind of configuration file to its editor', () => {
    expect(tabOfFile('workflows/gujarat/roles.json', 'gujarat')).toBe('roles');
    expect(tabOfFile('workflows/gujarat/cncp.json', 'gujarat')).toBe('workflows');
    expect(tabOfFile('workflows/gujarat/scenarios/x.json', 'gujarat')).toBe('workflows');
    expect(tabOfFile('form-definitions/gujarat/i18n/gu.json', 'gujarat')).toBe('translations');
    expect(tabOfFile('form-definitions/gujarat/forms/form17.json', 'gujarat')).toBe('forms');
    expect(tabOfFile('form-definitions/gujarat/state.json', 'gujarat')).toBe('forms');
  });
});
