import type { EnginePlugin } from '@suraksha/engine';

/** Formats a case number: <state>/<district>/<year>/<sequence>, e.g. GJ/AHM/2026/000123. */
export function formatCaseNumber(state: string, district: string, year: number, sequence: number): string {
  return `${state}/${district}/${year}/${String(sequence).padStart(6, '0')}`;
}

/** The caseNumbers plugin: the `assignCaseNumber` action, run by the runtime with an atomic per-district counter. */
export const caseNumbersPlugin: EnginePlugin = {
  name: 'caseNumbers',
  actions: {
    assignCaseNumber: {
      params: { type: 'object', properties: { kind: { type: 'string', pattern: '^[A-Z]{1,6}$' } }, additionalProperties: false },
    },
  },
};

export default caseNumbersPlugin;
