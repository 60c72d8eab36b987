import type { EnginePlugin } from '../plugin/EnginePlugin';
import type { FormConfig } from '../model/formSchema';
import type { Manifest } from '../model/manifestSchema';
import type { RolesConfig } from '../model/rolesSchema';
import type { Scenario } from '../model/scenarioSchema';
import type { Translations } from '../model/translationsSchema';
import type { WorkflowConfig } from '../model/workflowSchema';
import type { Issue } from './Issue';

/** A configuration file that parsed and passed its structural schema. */
export interface Loaded<T> {
  file: string;
  value: T;
}

/** Everything the reference checks look at, after structure validation. */
export interface CheckContext {
  slug: string;
  manifest: Loaded<Manifest>;
  forms: Map<string, Loaded<FormConfig>>;
  workflows: Map<string, Loaded<WorkflowConfig>>;
  roles?: Loaded<RolesConfig>;
  translations: Map<string, Loaded<Translations>>;
  scenarios: Loaded<Scenario>[];
  /** Every plugin the engine knows (built-ins first); only those enabled in the manifest may be used. */
  plugins: readonly EnginePlugin[];
  /** Ids of files that exist but failed structure validation: references to them are not reported again. */
  broken: { forms: Set<string>; workflows: Set<string>; roles: boolean };
  /** Translation keys used, with where each was first used. */
  usedKeys: Map<string, { file: string; pointer: string }>;
}

/** A reference check adds issues; it never throws on valid-structure input. */
export type Check = (context: CheckContext) => Issue[];

/** Records a translation key as used at a place. */
export function useKey(context: CheckContext, key: string | undefined, file: string, pointer: string): void {
  if (key && !context.usedKeys.has(key)) context.usedKeys.set(key, { file, pointer });
}
