// Reading a state's workflow files: the shapes the designer edits, file paths, stages, transitions and forms.
import type { RecordTypeConfig, RuleConfig, StageConfig, TransitionConfig, WorkflowConfig } from '@suraksha/engine';
import type { ConfigFiles } from '../draft/types.ts';

export type { RuleConfig, StageConfig, TransitionConfig, WorkflowConfig };

export interface ActionRef {
  type: string;
  params?: Record<string, unknown>;
}

export interface GuardRef {
  type: string;
  params?: Record<string, unknown>;
}

export interface RolesFile {
  roles: Record<string, { label: string; rules: RuleConfig[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface ManifestFile {
  languages: string[];
  recordTypes: RecordTypeConfig[];
  plugins?: string[];
  [key: string]: unknown;
}

export interface TranslationsFile {
  messages: Record<string, string>;
  [key: string]: unknown;
}

/** One transition of a stage: the event, its position when the handler is an array, and the transition itself. */
export interface TransitionEntry {
  stage: string;
  event: string;
  /** Position in the handler array, or undefined when the handler is a single object. */
  index: number | undefined;
  transition: TransitionConfig;
  /** JSON pointer of the transition inside the workflow file. */
  pointer: string;
}

export const idPattern = /^[a-z][A-Za-z0-9]*$/;
export const eventPattern = /^[A-Z][A-Z0-9_]*$/;
export const durationPattern = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

export const paths = {
  manifest: (slug: string) => `form-definitions/${slug}/state.json`,
  roles: (slug: string) => `workflows/${slug}/roles.json`,
  translations: (slug: string, lang: string) => `form-definitions/${slug}/i18n/${lang}.json`,
  form: (slug: string, id: string) => `form-definitions/${slug}/forms/${id}.json`,
  workflow: (slug: string, id: string) => `workflows/${slug}/${id}.json`,
};

/** The workflow files of a state: `workflows/<slug>/<id>.json` other than roles.json and scenarios. */
export function workflowFiles(files: ConfigFiles, slug: string): string[] {
  const prefix = `workflows/${slug}/`;
  return Object.keys(files)
    .filter((p) => p.startsWith(prefix) && p.endsWith('.json') && !p.slice(prefix.length).includes('/') && p !== paths.roles(slug))
    .sort();
}

/** A workflow file's value when it looks like a workflow (enough to draw it), else undefined. */
export function asWorkflow(value: unknown): WorkflowConfig | undefined {
  const w = value as WorkflowConfig | undefined;
  if (!w || typeof w !== 'object' || !w.machine || typeof w.machine !== 'object' || !w.machine.states || typeof w.machine.states !== 'object') return undefined;
  return w;
}

export function stagesOf(workflow: WorkflowConfig): Record<string, StageConfig> {
  return workflow.machine.states as Record<string, StageConfig>;
}

/** Every transition of a workflow, in file order. */
export function transitionsOf(workflow: WorkflowConfig): TransitionEntry[] {
  const out: TransitionEntry[] = [];
  for (const [stage, config] of Object.entries(stagesOf(workflow))) {
    for (const [event, handler] of Object.entries(config.on ?? {})) {
      const base = `/machine/states/${escapePointer(stage)}/on/${escapePointer(event)}`;
      if (Array.isArray(handler)) handler.forEach((t, i) => out.push({ stage, event, index: i, transition: t, pointer: `${base}/${i}` }));
      else if (handler) out.push({ stage, event, index: undefined, transition: handler, pointer: base });
    }
  }
  return out;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The manifest's record types that use a workflow. */
export function recordTypesOf(files: ConfigFiles, slug: string, workflowId: string): RecordTypeConfig[] {
  const manifest = files[paths.manifest(slug)] as ManifestFile | undefined;
  return (manifest?.recordTypes ?? []).filter((rt) => rt.workflow === workflowId);
}

/** The forms a workflow's stages may name: those of its record types (every form of the state when none). */
export function formsOf(files: ConfigFiles, slug: string, workflowId: string): string[] {
  const forms = new Set(recordTypesOf(files, slug, workflowId).flatMap((rt) => rt.forms));
  if (forms.size > 0) return [...forms];
  const prefix = `form-definitions/${slug}/forms/`;
  return Object.keys(files).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).replace(/\.json$/, ''));
}

export function rolesOf(files: ConfigFiles, slug: string): string[] {
  return Object.keys((files[paths.roles(slug)] as RolesFile | undefined)?.roles ?? {});
}

/** A text of the state's translations in a language (undefined when missing). */
export function message(files: ConfigFiles, slug: string, lang: string, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return (files[paths.translations(slug, lang)] as TranslationsFile | undefined)?.messages?.[key];
}

interface FieldNode {
  type?: string;
  format?: string;
  title?: string;
  properties?: Record<string, FieldNode>;
  items?: FieldNode;
}

/** The field paths of a form (`child.name`, table columns as `family.age`), with their format, leaves only. */
export function formFields(files: ConfigFiles, slug: string, formId: string): { path: string; format?: string; title?: string }[] {
  const form = files[paths.form(slug, formId)] as { schema?: FieldNode } | undefined;
  const out: { path: string; format?: string; title?: string }[] = [];
  const walk = (node: FieldNode | undefined, prefix: string) => {
    if (!node) return;
    if (node.type === 'object' && node.properties) {
      for (const [name, child] of Object.entries(node.properties)) walk(child, prefix ? `${prefix}.${name}` : name);
    } else if (node.type === 'array' && node.items?.type === 'object') walk(node.items, prefix);
    else if (prefix) out.push({ path: prefix, format: node.format, title: node.title });
  };
  walk(form?.schema, '');
  return out;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map(unescapePointer);
}
