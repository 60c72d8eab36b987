// Loads every state's configuration from the repository files; an invalid state is not served, and the log says why.
import { formatIssue, loadDeployment, type Deployment, type EnginePlugin } from '@suraksha/engine';
import { listStateSlugs, readStateSource } from '@suraksha/engine/node';

/** The states being served, by code. */
export type StateRegistry = ReadonlyMap<string, Deployment>;

/** Loads and validates the states under `root`; states with issues are skipped and each issue is logged. */
export function loadStates(root: string, plugins: readonly EnginePlugin[], log: (line: string) => void): Map<string, Deployment> {
  const states = new Map<string, Deployment>();
  for (const slug of listStateSlugs(root)) {
    const result = loadDeployment(readStateSource(root, slug), { plugins });
    if (!result.ok) {
      log(`state "${slug}" is NOT served: its configuration has ${result.issues.length} issue(s):`);
      for (const issue of result.issues.slice(0, 50)) log(`  ${formatIssue(issue)}`);
      if (result.issues.length > 50) log(`  … and ${result.issues.length - 50} more (run npx suraksha validate ${slug})`);
      continue;
    }
    states.set(result.deployment.code, result.deployment);
  }
  return states;
}
