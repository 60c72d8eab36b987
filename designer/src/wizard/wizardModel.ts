// Small pure helpers of the new-state wizard: the languages offered, district lines, a slug from a name.
import { stateLanguages } from '@suraksha/engine/languages';

/** Languages a new state may use (those the engine and fonts support), as in designer/API.md. */
export const wizardLanguages: readonly string[] = Object.keys(stateLanguages);

/** The pasted district list as trimmed, non-empty lines (the server reads codes and names from them). */
export function districtLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A slug from an English name: "West Bengal" → "west-bengal". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^[^a-z]+/, '');
}
