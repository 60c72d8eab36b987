import type { CaseRecord } from '../records/CaseRecord';
import type { UserContext } from '../permissions/createAbility';

/** What a guard sees: the record, who acts, and when. */
export interface GuardContext {
  record: CaseRecord;
  user: UserContext;
  now: Date;
}

/** A refusal message as a translation key with parameters. */
export interface ReasonKey {
  key: string;
  params?: Record<string, unknown>;
}

/** A named guard usable in workflows; params are checked against `params` (JSON Schema) at load. */
export interface GuardDefinition {
  params?: Record<string, unknown>;
  evaluate(context: GuardContext, params: Record<string, unknown>): boolean;
  /** Why the guard failed, for the refusal shown to the user. */
  explain?(context: GuardContext, params: Record<string, unknown>): ReasonKey;
}

/** A named action usable in workflows: the engine returns it as an effect; plugins run it. */
export interface ActionDefinition {
  params?: Record<string, unknown>;
}

/** An optional capability (case numbers, matching, notifications ...) enabled per state in its manifest. */
export interface EnginePlugin {
  name: string;
  guards?: Record<string, GuardDefinition>;
  actions?: Record<string, ActionDefinition>;
}
