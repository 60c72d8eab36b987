// Edits of a workflow as whole-file changes for EditorProps.update: stages, transitions, labels, fire rules.
import type { ConfigFiles } from '../draft/types.ts';
import {
  asWorkflow, paths, recordTypesOf, stagesOf, transitionsOf, workflowFiles,
  type ActionRef, type ManifestFile, type RolesFile, type StageConfig, type TransitionConfig, type TranslationsFile, type WorkflowConfig,
} from './model.ts';
import { pruneFireRules, removeStageFromRules, renameStageInRules, setFireRule } from './roleRules.ts';

/** Texts of one translation key by language. */
export type Texts = Readonly<Record<string, string>>;

/** Copy-on-write view of the draft: files are cloned when first changed; `changes` is what to hand to `update`. */
export class DraftEdit {
  readonly changes: Record<string, unknown> = {};

  constructor(
    readonly files: ConfigFiles,
    readonly slug: string,
    readonly workflowPath: string,
  ) {}

  read<T>(path: string): T | undefined {
    return (path in this.changes ? this.changes[path] : this.files[path]) as T | undefined;
  }

  write<T>(path: string): T {
    if (!(path in this.changes)) this.changes[path] = structuredClone(this.files[path]);
    return this.changes[path] as T;
  }

  set(path: string, value: unknown): void {
    this.changes[path] = value;
  }

  get workflow(): WorkflowConfig {
    return this.write<WorkflowConfig>(this.workflowPath);
  }

  get stages(): Record<string, StageConfig> {
    return stagesOf(this.workflow);
  }

  get languages(): string[] {
    return this.read<ManifestFile>(paths.manifest(this.slug))?.languages ?? [];
  }

  get recordTypes(): string[] {
    return recordTypesOf(this.files, this.slug, this.read<WorkflowConfig>(this.workflowPath)?.id ?? '').map((rt) => rt.id);
  }

  get allRecordTypes(): string[] {
    return (this.read<ManifestFile>(paths.manifest(this.slug))?.recordTypes ?? []).map((rt) => rt.id);
  }

  /** Writes a key's texts into every language file of the state (a language without text is left as it is). */
  setTexts(key: string, texts: Texts): void {
    for (const lang of this.languages) {
      const text = texts[lang]?.trim();
      const path = paths.translations(this.slug, lang);
      if (!text || !this.read(path) || this.read<TranslationsFile>(path)!.messages[key] === text) continue;
      const file = this.write<TranslationsFile>(path);
      file.messages = { ...file.messages, [key]: text };
    }
  }

  /** Whether a translation key exists in the default language. */
  hasKey(key: string): boolean {
    const lang = this.languages[0];
    return !!lang && this.read<TranslationsFile>(paths.translations(this.slug, lang))?.messages[key] !== undefined;
  }

  /** A key not used yet: `base`, else `base.<workflowId>`, else numbered. */
  freshKey(base: string): string {
    const id = this.read<WorkflowConfig>(this.workflowPath)?.id ?? 'workflow';
    const candidates = [base, `${base}.${id}`];
    for (let i = 2; i < 100; i++) candidates.push(`${base}.${id}${i}`);
    return candidates.find((k) => !this.hasKey(k)) ?? `${base}.${Date.now()}`;
  }

  /** Every event of every workflow of the state (after the edits so far). */
  allEvents(): Set<string> {
    const events = new Set<string>();
    for (const path of workflowFiles({ ...this.files, ...this.changes }, this.slug)) {
      const workflow = asWorkflow(this.read(path));
      if (workflow) for (const t of transitionsOf(workflow)) events.add(t.event);
    }
    return events;
  }

  /** Drops events no stage handles any more from the events table and from the fire rules. */
  pruneEvents(): void {
    const workflow = this.workflow;
    const used = new Set(transitionsOf(workflow).map((t) => t.event));
    for (const event of Object.keys(workflow.events)) if (!used.has(event)) delete workflow.events[event];
    const rolesPath = paths.roles(this.slug);
    const roles = this.read<RolesFile>(rolesPath);
    if (!roles) return;
    const pruned = pruneFireRules(roles, this.allEvents());
    if (pruned !== roles) this.set(rolesPath, pruned);
  }
}

/** Identifies one transition: the stage it leaves, its event and its position when the handler is an array. */
export interface TransitionRef {
  stage: string;
  event: string;
  index: number | undefined;
}

function handlerList(stage: StageConfig, event: string): TransitionConfig[] {
  const handler = stage.on?.[event];
  return handler === undefined ? [] : Array.isArray(handler) ? handler : [handler];
}

function setHandler(stage: StageConfig, event: string, list: TransitionConfig[]): void {
  const on = { ...(stage.on ?? {}) };
  if (list.length === 0) delete on[event];
  else on[event] = list.length === 1 ? list[0]! : list;
  if (Object.keys(on).length === 0) delete stage.on;
  else stage.on = on;
}

export interface NewStage {
  id: string;
  labels: Texts;
  final: boolean;
}

export function addStage(edit: DraftEdit, stage: NewStage): void {
  const key = edit.freshKey(`stage.${stage.id}`);
  edit.stages[stage.id] = { ...(stage.final ? { type: 'final' as const } : {}), meta: { label: key } };
  edit.setTexts(key, stage.labels);
}

/** Renames a stage and every reference: initial, targets, roles' stage conditions, scenario expectations. */
export function renameStage(edit: DraftEdit, from: string, to: string): void {
  const workflow = edit.workflow;
  const stages = stagesOf(workflow);
  workflow.machine.states = Object.fromEntries(Object.entries(stages).map(([id, s]) => [id === from ? to : id, s]));
  if (workflow.machine.initial === from) workflow.machine.initial = to;
  for (const stage of Object.values(stagesOf(workflow))) {
    for (const [event, handler] of Object.entries(stage.on ?? {})) {
      setHandler(stage, event, (Array.isArray(handler) ? handler : [handler]).map((t) => (t.target === from ? { ...t, target: to } : t)));
    }
  }
  const rolesPath = paths.roles(edit.slug);
  const roles = edit.read<RolesFile>(rolesPath);
  if (roles) {
    const renamed = renameStageInRules(roles, from, to, edit.recordTypes);
    if (renamed !== roles) edit.set(rolesPath, renamed);
  }
  // Scenarios of this workflow's record types expect stages by id.
  const prefix = `workflows/${edit.slug}/scenarios/`;
  for (const path of Object.keys(edit.files).filter((p) => p.startsWith(prefix))) {
    const scenario = edit.read<{ recordType?: string; steps?: { expect?: { stage?: string } }[] }>(path);
    if (!scenario?.recordType || !edit.recordTypes.includes(scenario.recordType)) continue;
    if (!(scenario.steps ?? []).some((s) => s.expect?.stage === from)) continue;
    const copy = edit.write<typeof scenario>(path);
    for (const step of copy.steps ?? []) if (step.expect?.stage === from) step.expect.stage = to;
  }
}

/** Deletes a stage, the transitions into it, unused events and roles' rules only for that stage. */
export function deleteStage(edit: DraftEdit, id: string): void {
  const workflow = edit.workflow;
  const stages = stagesOf(workflow);
  delete stages[id];
  for (const stage of Object.values(stages)) {
    for (const [event, handler] of Object.entries(stage.on ?? {})) {
      setHandler(stage, event, (Array.isArray(handler) ? handler : [handler]).filter((t) => t.target !== id));
    }
  }
  const rolesPath = paths.roles(edit.slug);
  const roles = edit.read<RolesFile>(rolesPath);
  if (roles) {
    const cleaned = removeStageFromRules(roles, id, edit.recordTypes);
    if (cleaned !== roles) edit.set(rolesPath, cleaned);
  }
  edit.pruneEvents();
}

export function setStageLabel(edit: DraftEdit, id: string, texts: Texts): void {
  const stage = edit.stages[id];
  if (!stage) return;
  if (!stage.meta.label) stage.meta.label = edit.freshKey(`stage.${id}`);
  edit.setTexts(stage.meta.label, texts);
}

export function setStageForms(edit: DraftEdit, id: string, kind: 'editableForms' | 'requiredForms', forms: string[]): void {
  const stage = edit.stages[id];
  if (!stage) return;
  if (forms.length > 0) stage.meta[kind] = forms;
  else delete stage.meta[kind];
}

export function setStageFinal(edit: DraftEdit, id: string, final: boolean): void {
  const stage = edit.stages[id];
  if (!stage) return;
  if (final) {
    stage.type = 'final';
    delete stage.on;
    edit.pruneEvents();
  } else delete stage.type;
}

export function setInitialStage(edit: DraftEdit, id: string): void {
  edit.workflow.machine.initial = id;
}

/** A deadline as the designer edits it (a `setDeadline` action). */
export interface Deadline {
  id: string;
  label: string;
  after: string;
  from: string;
  roles: string[];
}

/** Where actions live: a stage's entry actions or a transition's actions. */
export type ActionsOwner = { stage: string } | { transition: TransitionRef };

function actionsOf(edit: DraftEdit, owner: ActionsOwner, write: boolean): ActionRef[] | undefined {
  const workflow = write ? edit.workflow : asWorkflow(edit.read(edit.workflowPath));
  if (!workflow) return undefined;
  if ('stage' in owner) {
    const stage = stagesOf(workflow)[owner.stage];
    if (!stage) return undefined;
    if (write && !stage.entry) stage.entry = [];
    return stage.entry as ActionRef[] | undefined;
  }
  const { stage, event, index } = owner.transition;
  const transition = handlerList(stagesOf(workflow)[stage] ?? { meta: { label: '' } }, event)[index ?? 0];
  if (!transition) return undefined;
  if (write && !transition.actions) transition.actions = [];
  return transition.actions as ActionRef[] | undefined;
}

/** Adds or replaces (by position among the owner's actions) a setDeadline action; writes its label texts. */
export function saveDeadline(edit: DraftEdit, owner: ActionsOwner, position: number | undefined, deadline: Deadline, texts: Texts): void {
  const actions = actionsOf(edit, owner, true);
  if (!actions) return;
  const label = deadline.label || edit.freshKey(`deadline.${deadline.id}`);
  const params: Record<string, unknown> = { id: deadline.id, label, after: deadline.after, from: deadline.from || 'now', roles: deadline.roles };
  const action: ActionRef = { type: 'setDeadline', params };
  if (position === undefined || !actions[position]) actions.push(action);
  else actions[position] = action;
  edit.setTexts(label, texts);
}

export function removeAction(edit: DraftEdit, owner: ActionsOwner, position: number): void {
  const actions = actionsOf(edit, owner, true);
  if (!actions) return;
  actions.splice(position, 1);
  if (actions.length > 0) return;
  const workflow = edit.workflow;
  if ('stage' in owner) delete stagesOf(workflow)[owner.stage]!.entry;
  else {
    const { stage, event, index } = owner.transition;
    const t = handlerList(stagesOf(workflow)[stage]!, event)[index ?? 0];
    if (t) delete t.actions;
  }
}

export interface TransitionDraft {
  event: string;
  target: string;
  guard?: { type: string; params?: Record<string, unknown> };
  /** Texts of the event's label when the event is new to this workflow. */
  labels?: Texts;
}

/** Adds a transition; a new event gets an entry in `events` with a label key and texts. Returns its reference. */
export function addTransition(edit: DraftEdit, from: string, draft: TransitionDraft): TransitionRef | undefined {
  const stage = edit.stages[from];
  if (!stage) return undefined;
  const list = handlerList(stage, draft.event);
  const transition: TransitionConfig = { target: draft.target, ...(draft.guard ? { guard: draft.guard } : {}) };
  setHandler(stage, draft.event, [...list, transition]);
  ensureEvent(edit, draft.event, draft.labels);
  return { stage: from, event: draft.event, index: list.length === 0 ? undefined : list.length };
}

function ensureEvent(edit: DraftEdit, event: string, labels: Texts | undefined): void {
  const workflow = edit.workflow;
  if (!workflow.events[event]) {
    // Events are shared by the state's workflows: reuse a label key another workflow gave this event.
    const key = `event.${event}`;
    workflow.events[event] = { label: key };
  }
  if (labels) edit.setTexts(workflow.events[event]!.label, labels);
}

/** Replaces a transition (target, guard, actions kept unless given); moving it to another event moves it in `on`. */
export function updateTransition(edit: DraftEdit, ref: TransitionRef, next: TransitionConfig, event = ref.event, labels?: Texts): TransitionRef {
  const stage = edit.stages[ref.stage]!;
  const list = handlerList(stage, ref.event);
  if (event === ref.event) {
    list[ref.index ?? 0] = next;
    setHandler(stage, event, list);
    return ref;
  }
  list.splice(ref.index ?? 0, 1);
  setHandler(stage, ref.event, list);
  const moved = addTransition(edit, ref.stage, { event, target: next.target, labels })!;
  const placed = handlerList(edit.stages[ref.stage]!, event);
  placed[moved.index ?? 0] = next;
  setHandler(edit.stages[ref.stage]!, event, placed);
  edit.pruneEvents();
  return moved;
}

export function deleteTransition(edit: DraftEdit, ref: TransitionRef): void {
  const stage = edit.stages[ref.stage];
  if (!stage) return;
  const list = handlerList(stage, ref.event);
  list.splice(ref.index ?? 0, 1);
  setHandler(stage, ref.event, list);
  edit.pruneEvents();
}

export function setEventLabel(edit: DraftEdit, event: string, texts: Texts): void {
  ensureEvent(edit, event, texts);
}

export function setFireRole(edit: DraftEdit, role: string, event: string, allowed: boolean): void {
  const rolesPath = paths.roles(edit.slug);
  const roles = edit.read<RolesFile>(rolesPath);
  if (!roles) return;
  const next = setFireRule(roles, role, event, edit.recordTypes, edit.allRecordTypes, allowed);
  if (next !== roles) edit.set(rolesPath, next);
}

/** The transition a reference points at, if it still exists. */
export function findTransition(workflow: WorkflowConfig, ref: TransitionRef): TransitionConfig | undefined {
  const stage = stagesOf(workflow)[ref.stage];
  return stage ? handlerList(stage, ref.event)[ref.index ?? 0] : undefined;
}
