// The wizard's district lines and slugs.
import { describe, expect, it } from 'vitest';
import { districtLines, slugOf } from './wizardModel';

describe('wizard helpers', () => {
  it('reads pasted districts one per line, in any line ending, skipping blanks', () => {
    expect(districtLines('Patna\r\n  Gaya \n\nMZF, Muzaffarpur\rBGP\tBhagalpur\n')).toEqual(['Patna', 'Gaya', 'MZF, Muzaffarpur', 'BGP\tBhagalpur']);
  });

  it('makes a slug from an English name', () => {
    expect(slugOf('West Bengal')).toBe('west-bengal');
    expect(slugOf('  Bihar ')).toBe('bihar');
    expect(slugOf('1 Odisha')).toBe('odisha');
  });
});
