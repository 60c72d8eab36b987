// What the designer may choose from: the guards and actions of a state's enabled plugins, with their parameter schemas.
import type { Deployment, EnginePlugin } from '@suraksha/engine';

/** Short descriptions of the built-in guards and actions (plugins without one get an empty text). */
const descriptions: Record<string, string> = {
  formComplete: 'The named form has been completed',
  condition: 'The record matches a JSON Schema condition',
  hasRole: 'The acting user has the named role',
  allOf: 'Every listed guard passes',
  anyOf: 'At least one listed guard passes',
  not: 'The listed guard does not pass',
  setDeadline: 'Starts a deadline for the named roles',
  clearDeadline: 'Ends a running deadline',
  assign: "Assigns a user of the role in the record's district",
  notify: 'Sends a notification to users of the named roles',
  assignCaseNumber: 'Gives the record its case number',
};

const officeTypes = ['cwc', 'jjb', 'cci', 'police', 'sjpu', 'railwayPolice', 'dcpu', 'scps', 'childline', 'ngo'];

/** The catalog of designer/API.md for one state. */
export function catalogOf(deployment: Deployment, installed: readonly EnginePlugin[]) {
  const guards = deployment.plugins.flatMap((p) =>
    Object.entries(p.guards ?? {}).map(([name, g]) => ({
      name,
      plugin: p.name,
      description: descriptions[name] ?? '',
      params: g.params ?? { type: 'object' },
    })),
  );
  const actions = deployment.plugins.flatMap((p) =>
    Object.entries(p.actions ?? {}).map(([name, a]) => ({
      name,
      plugin: p.name,
      description: descriptions[name] ?? '',
      params: a.params ?? { type: 'object' },
    })),
  );
  return {
    guards,
    actions,
    plugins: installed.map((p) => p.name),
    enabledPlugins: deployment.plugins.map((p) => p.name),
    officeTypes,
  };
}
