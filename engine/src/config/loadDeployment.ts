import type { ConfigKind } from '../model/configSchemas';
import type { FormConfig } from '../model/formSchema';
import type { Manifest } from '../model/manifestSchema';
import type { RolesConfig } from '../model/rolesSchema';
import type { Scenario } from '../model/scenarioSchema';
import type { Translations } from '../model/translationsSchema';
import type { WorkflowConfig } from '../model/workflowSchema';
import type { EnginePlugin } from '../plugin/EnginePlugin';
import type { CheckContext, Loaded } from './CheckContext';
import { checkForms } from './checks/checkForms';
import { checkManifest } from './checks/checkManifest';
import { checkMatching } from './checks/checkMatching';
import { checkRoles } from './checks/checkRoles';
import { checkScenarios } from './checks/checkScenarios';
import { checkTranslations } from './checks/checkTranslations';
import { checkWorkflows } from './checks/checkWorkflows';
import { makeIssue, type Issue } from './Issue';
import { parseJsonText, type JsonText } from './parseJsonText';
import { validateStructure } from './validateStructure';
import { compileDeployment, type Deployment } from './compileDeployment';
import { createFormAjv } from '../forms/formAjv';
import { createBuiltins } from '../workflows/builtins';

/** The raw files of one state, paths relative to the configuration root (form-definitions/<slug>/..., workflows/<slug>/...). */
export interface StateSource {
  slug: string;
  files: readonly { path: string; text: string }[];
}

/** Either a compiled deployment or every issue found, each with file, JSON pointer and message. */
export type LoadResult = { ok: true; deployment: Deployment; issues: [] } | { ok: false; issues: Issue[] };

/** Loads a state: parses, validates structure, then every cross-reference, then compiles. Never throws on bad input. */
export function loadDeployment(source: StateSource, options: { plugins?: readonly EnginePlugin[] } = {}): LoadResult {
  const issues: Issue[] = [];
  const texts = new Map<string, JsonText>();
  const loaded: { kind: ConfigKind; file: string; value: unknown }[] = [];
  for (const { path, text } of source.files) {
    const kind = classify(source.slug, path);
    if (kind === 'ignored') continue;
    if (kind === 'unknown') {
      issues.push(makeIssue(path, '', 'misplacedFile', 'file.misplaced'));
      continue;
    }
    const parsed = parseJsonText(path, text);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      loaded.push({ kind, file: path, value: undefined });
      continue;
    }
    texts.set(path, parsed.json);
    const structural = [...checkSchemaPointer(kind, path, parsed.json.value), ...validateStructure(kind, path, parsed.json.value)];
    issues.push(...structural);
    loaded.push({ kind, file: path, value: structural.length === 0 ? parsed.json.value : undefined });
  }
  const ajv = createFormAjv();
  const context = buildContext(source.slug, loaded, issues, [createBuiltins(ajv), ...(options.plugins ?? [])]);
  if (context) {
    for (const check of [checkManifest, checkMatching, checkForms, checkWorkflows, checkRoles, checkScenarios, checkTranslations]) issues.push(...check(context));
  }
  if (issues.length === 0 && context) {
    const compiled = compileDeployment(context, ajv);
    if (compiled.ok) return { ok: true, deployment: compiled.deployment, issues: [] };
    issues.push(...compiled.issues);
  }
  return { ok: false, issues: locate(issues, texts) };
}

/** Every config file names its engine JSON Schema, so editors autocomplete and flag mistakes while typing. */
function checkSchemaPointer(kind: ConfigKind, file: string, value: unknown): Issue[] {
  const pointer = value && typeof value === 'object' && !Array.isArray(value) ? (value as { $schema?: unknown }).$schema : undefined;
  const expected = `${kind}.schema.json`;
  if (typeof pointer === 'string' && pointer.endsWith(`/${expected}`)) return [];
  return [pointer === undefined ? makeIssue(file, '', 'missingKey', 'structure.addSchema', { expected }) : makeIssue(file, '/$schema', 'invalidValue', 'structure.wrongSchema', { expected })];
}

function classify(slug: string, path: string): ConfigKind | 'ignored' | 'unknown' {
  if (!path.endsWith('.json')) return 'ignored';
  const defs = `form-definitions/${slug}/`;
  const flows = `workflows/${slug}/`;
  if (path === `${defs}state.json`) return 'manifest';
  if (new RegExp(`^${defs}forms/[^/]+\\.json$`).test(path)) return 'form';
  if (new RegExp(`^${defs}i18n/[^/]+\\.json$`).test(path)) return 'translations';
  if (path === `${flows}roles.json`) return 'roles';
  if (new RegExp(`^${flows}scenarios/[^/]+\\.json$`).test(path)) return 'scenario';
  if (new RegExp(`^${flows}[^/]+\\.json$`).test(path)) return 'workflow';
  return 'unknown';
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

function buildContext(slug: string, loaded: { kind: ConfigKind; file: string; value: unknown }[], issues: Issue[], plugins: readonly EnginePlugin[]): CheckContext | undefined {
  const manifest = loaded.find((l) => l.kind === 'manifest');
  if (!manifest) {
    issues.push(makeIssue(`form-definitions/${slug}/state.json`, '', 'missingKey', 'file.noManifest'));
    return undefined;
  }
  if (!manifest.value) return undefined;
  const context: CheckContext = {
    slug,
    manifest: manifest as Loaded<Manifest>,
    forms: new Map(),
    workflows: new Map(),
    translations: new Map(),
    scenarios: [],
    plugins,
    broken: { forms: new Set(), workflows: new Set(), roles: false },
    usedKeys: new Map(),
  };
  for (const item of loaded) {
    const name = baseName(item.file);
    if (item.kind === 'form') addById(context.forms, context.broken.forms, item as Loaded<FormConfig | undefined>, name, issues);
    if (item.kind === 'workflow') addById(context.workflows, context.broken.workflows, item as Loaded<WorkflowConfig | undefined>, name, issues);
    if (item.kind === 'roles' && item.value) context.roles = item as Loaded<RolesConfig>;
    if (item.kind === 'roles' && !item.value) context.broken.roles = true;
    if (item.kind === 'translations' && item.value) context.translations.set(name, item as Loaded<Translations>);
    if (item.kind === 'scenario' && item.value) context.scenarios.push(item as Loaded<Scenario>);
  }
  const scenarioIds = new Map<string, string>();
  for (const s of context.scenarios) {
    const other = scenarioIds.get(s.value.id);
    if (other) issues.push(makeIssue(s.file, '/id', 'duplicateId', 'file.duplicateScenario', { id: s.value.id, other }));
    scenarioIds.set(s.value.id, s.file);
  }
  return context;
}

function addById<T extends { id: string }>(map: Map<string, Loaded<T>>, broken: Set<string>, item: Loaded<T | undefined>, name: string, issues: Issue[]): void {
  if (!item.value) {
    broken.add(name);
    return;
  }
  if (item.value.id !== name) issues.push(makeIssue(item.file, '/id', 'invalidValue', 'file.idNotFileName', { id: item.value.id, name }));
  const existing = map.get(item.value.id);
  if (existing) issues.push(makeIssue(item.file, '/id', 'duplicateId', 'file.duplicateId', { id: item.value.id, other: existing.file }));
  else map.set(item.value.id, item as Loaded<T>);
}

function locate(issues: Issue[], texts: Map<string, JsonText>): Issue[] {
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    const position = texts.get(issue.file)?.locate(issue.pointer);
    return position ? { ...issue, ...position } : issue;
  });
}
