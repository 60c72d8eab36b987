import type { RefusalCodes } from '../model/scenarioSchema';
import type { Deployment } from '../config/compileDeployment';
import type { FormIssue } from '../forms/toFormIssues';

export type RefusalCode = (typeof RefusalCodes)[number];

/** Why an operation on a record was refused, in the user's language. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  key: string;
  message: string;
  /** Validation issues (invalidData) with JSON pointers. */
  issues?: FormIssue[];
  /** Fields the user may not write (fieldsForbidden). */
  fields?: string[];
}

/** Creates a refusal; params like `form:<id>`, `role:<id>`, `event:<id>`, `stage:<workflow>/<id>` are shown by their labels. */
export function refuse(deployment: Deployment, lang: string, code: RefusalCode, key: string, params: Record<string, unknown> = {}, extra: Partial<Refusal> = {}): Refusal {
  const resolved = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, labelOf(deployment, lang, v)]));
  return { ok: false, code, key, message: deployment.translator.t(lang, key, resolved), ...extra };
}

function labelOf(deployment: Deployment, lang: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const [kind, id] = value.split(/:(.*)/s);
  const t = (key: string | undefined) => (key ? deployment.translator.t(lang, key) : value);
  switch (kind) {
    case 'form':
      return t(deployment.forms.get(id!)?.config.title);
    case 'role':
      return t(deployment.roles.roles[id!]?.label);
    case 'event':
      return t([...deployment.workflows.values()].map((w) => w.config.events[id!]?.label).find(Boolean));
    case 'stage': {
      const [workflow, stage] = (id ?? '').split('/');
      return t(deployment.workflows.get(workflow!)?.stage(stage!)?.meta.label);
    }
    default:
      return value;
  }
}
