import type { CheckContext } from './CheckContext';
import { makeIssue, type Issue } from './Issue';
import { compileForm, type CompiledForm } from '../forms/compileForm';
import type Ajv from 'ajv';
import { createTranslator, type Translator } from '../i18n/createTranslator';
import type { Manifest, RecordTypeConfig } from '../model/manifestSchema';
import type { RolesConfig } from '../model/rolesSchema';
import type { Scenario } from '../model/scenarioSchema';
import type { EnginePlugin, GuardDefinition } from '../plugin/EnginePlugin';
import { compileWorkflow, type CompiledWorkflow } from '../workflows/compileWorkflow';

/** A state's configuration, validated and compiled: everything the runtime and the scenario runner need. */
export interface Deployment {
  code: string;
  slug: string;
  manifest: Manifest;
  translator: Translator;
  forms: ReadonlyMap<string, CompiledForm>;
  workflows: ReadonlyMap<string, CompiledWorkflow>;
  roles: RolesConfig;
  scenarios: readonly Scenario[];
  /** Enabled plugins, built-ins first. */
  plugins: readonly EnginePlugin[];
  /** Every translation key the configuration uses. */
  usedKeys: ReadonlySet<string>;
  recordType(id: string): RecordTypeConfig | undefined;
  guard(name: string): GuardDefinition | undefined;
}

/** Compiles validated configuration; issues here are those only a compiler can find (e.g. a schema ajv rejects). */
export function compileDeployment(context: CheckContext, ajv: Ajv): { ok: true; deployment: Deployment } | { ok: false; issues: Issue[] } {
  const manifest = context.manifest.value;
  const bundles = Object.fromEntries([...context.translations].map(([lang, t]) => [lang, t.value.messages]));
  const translator = createTranslator(bundles, manifest.languages);
  const enabled = new Set(['builtin', ...(manifest.plugins ?? [])]);
  const plugins = context.plugins.filter((p) => enabled.has(p.name));
  const issues: Issue[] = [];
  const forms = new Map<string, CompiledForm>();
  for (const { file, value } of context.forms.values()) {
    try {
      forms.set(value.id, compileForm(value, manifest, ajv, translator.t));
    } catch (error) {
      issues.push(makeIssue(file, '/schema', 'invalidValue', 'compile.form', { detail: (error as Error).message }));
    }
  }
  const workflows = new Map<string, CompiledWorkflow>();
  for (const { file, value } of context.workflows.values()) {
    try {
      workflows.set(value.id, compileWorkflow(value, plugins));
    } catch (error) {
      issues.push(makeIssue(file, '/machine', 'invalidValue', 'compile.workflow', { detail: (error as Error).message }));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const recordTypes = new Map(manifest.recordTypes.map((rt) => [rt.id, rt]));
  return {
    ok: true,
    deployment: {
      code: manifest.code,
      slug: context.slug,
      manifest,
      translator,
      forms,
      workflows,
      roles: context.roles!.value,
      scenarios: context.scenarios.map((s) => s.value),
      plugins,
      usedKeys: new Set(context.usedKeys.keys()),
      recordType: (id) => recordTypes.get(id),
      guard: (name) => plugins.map((p) => p.guards?.[name]).find(Boolean),
    },
  };
}
