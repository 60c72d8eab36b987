import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, decoyHash, hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with a salt and verifies only the right password', async () => {
    const a = await hashPassword('Surat-cwc-2026');
    const b = await hashPassword('Surat-cwc-2026');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Surat-cwc-2026', a)).toBe(true);
    expect(await verifyPassword('surat-cwc-2026', a)).toBe(false);
    expect(await verifyPassword('anything', decoyHash)).toBe(false);
    expect(await verifyPassword('anything', 'garbage')).toBe(false);
  });

  it('enforces the policy', () => {
    expect(checkPasswordPolicy('short1', 'asha')).toContain('password.tooShort');
    expect(checkPasswordPolicy('onlyletterslong', 'asha')).toContain('password.needsLettersAndDigits');
    expect(checkPasswordPolicy('asha-is-2026-ok', 'asha')).toContain('password.containsUsername');
    expect(checkPasswordPolicy('Navrangpura-7-police', 'asha')).toEqual([]);
  });
});
