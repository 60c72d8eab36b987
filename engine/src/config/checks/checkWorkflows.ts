import Ajv from 'ajv';
import { makeIssue, suggest, type Issue } from '../Issue';
import type { IssueKey } from '../issueMessages';
import { ajvMessageKey } from '../validateStructure';
import { useKey, type CheckContext, type Loaded } from '../CheckContext';
import { resolveField } from '../../forms/fieldPaths';
import type { Field } from '../../model/formSchema';
import type { ActionRefConfig, GuardRefConfig, StageConfig, WorkflowConfig } from '../../model/workflowSchema';
import type { EnginePlugin } from '../../plugin/EnginePlugin';

const paramsAjv = new Ajv({ allErrors: true, strict: false });

/** Stages, transitions, events, guards, actions and their parameters; reachability and dead ends. */
export function checkWorkflows(context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const workflow of context.workflows.values()) {
    const users = context.manifest.value.recordTypes.filter((rt) => rt.workflow === workflow.value.id);
    if (users.length === 0) issues.push(makeIssue(workflow.file, '/id', 'unknownReference', 'workflow.unused', { workflow: workflow.value.id }));
    const forms = new Set(users.flatMap((rt) => rt.forms));
    new WorkflowChecker(context, workflow, forms, issues).run();
  }
  return issues;
}

class WorkflowChecker {
  private readonly enabled: EnginePlugin[];
  private readonly states: Record<string, StageConfig>;
  private readonly usedEvents = new Set<string>();

  constructor(
    private readonly context: CheckContext,
    private readonly workflow: Loaded<WorkflowConfig>,
    private readonly forms: Set<string>,
    private readonly issues: Issue[],
  ) {
    const names = new Set(['builtin', ...(context.manifest.value.plugins ?? [])]);
    this.enabled = context.plugins.filter((p) => names.has(p.name));
    this.states = workflow.value.machine.states as Record<string, StageConfig>;
  }

  run(): void {
    const { value, file } = this.workflow;
    useKey(this.context, value.label, file, '/label');
    for (const [event, config] of Object.entries(value.events)) {
      useKey(this.context, config.label, file, `/events/${event}/label`);
      useKey(this.context, config.confirm, file, `/events/${event}/confirm`);
    }
    if (!this.states[value.machine.initial]) this.add('/machine/initial', 'unknownReference', 'workflow.unknownInitial', { stage: value.machine.initial, ...suggest(value.machine.initial, Object.keys(this.states)) });
    for (const [id, stage] of Object.entries(this.states)) this.checkStage(id, stage);
    for (const event of Object.keys(value.events)) {
      if (!this.usedEvents.has(event)) this.add(`/events/${event}`, 'unknownReference', 'workflow.unhandledEvent', { event });
    }
    this.checkReachability();
  }

  private checkStage(id: string, stage: StageConfig): void {
    const at = `/machine/states/${id}`;
    useKey(this.context, stage.meta.label, this.workflow.file, `${at}/meta/label`);
    for (const key of ['editableForms', 'requiredForms'] as const) {
      (stage.meta[key] ?? []).forEach((f, i) => this.checkForm(f, `${at}/meta/${key}/${i}`));
    }
    (stage.entry ?? []).forEach((a, i) => this.checkAction(a, `${at}/entry/${i}`));
    (stage.exit ?? []).forEach((a, i) => this.checkAction(a, `${at}/exit/${i}`));
    const on = Object.entries(stage.on ?? {});
    if (stage.type === 'final' && on.length > 0) this.add(`${at}/on`, 'invalidValue', 'workflow.finalWithTransitions', { stage: id });
    if (stage.type !== 'final' && on.length === 0) this.add(at, 'deadEnd', 'workflow.deadEnd', { stage: id });
    for (const [event, handler] of on) {
      this.usedEvents.add(event);
      if (!this.workflow.value.events[event]) this.add(`${at}/on/${event}`, 'unknownReference', 'workflow.undeclaredEvent', { event, ...suggest(event, Object.keys(this.workflow.value.events)) });
      const list = Array.isArray(handler) ? handler : [handler];
      list.forEach((t, i) => {
        const tAt = Array.isArray(handler) ? `${at}/on/${event}/${i}` : `${at}/on/${event}`;
        if (!this.states[t.target]) this.add(`${tAt}/target`, 'unknownReference', 'workflow.unknownTarget', { event, stage: t.target, ...suggest(t.target, Object.keys(this.states)) });
        if (t.guard) this.checkGuard(t.guard, `${tAt}/guard`);
        (t.actions ?? []).forEach((a, j) => this.checkAction(a, `${tAt}/actions/${j}`));
      });
    }
  }

  private checkGuard(guard: GuardRefConfig, at: string): void {
    const definition = this.find('guards', guard.type, at);
    if (!definition) return;
    if (!this.paramsValid(definition.params, guard.params, 'guard', guard.type, at)) return;
    const p = guard.params ?? {};
    if (guard.type === 'formComplete') this.checkForm(String(p.form), `${at}/params/form`);
    if (guard.type === 'hasRole') this.checkRole(String(p.role), `${at}/params/role`);
    if (guard.type === 'condition') {
      useKey(this.context, p.message as string | undefined, this.workflow.file, `${at}/params/message`);
      try {
        paramsAjv.compile(p.schema as object);
      } catch (error) {
        this.add(`${at}/params/schema`, 'invalidValue', 'workflow.badCondition', { detail: (error as Error).message });
      }
    }
    if (guard.type === 'allOf' || guard.type === 'anyOf') (p.guards as GuardRefConfig[]).forEach((g, i) => this.checkGuard(g, `${at}/params/guards/${i}`));
    if (guard.type === 'not') this.checkGuard(p.guard as GuardRefConfig, `${at}/params/guard`);
  }

  private checkAction(action: ActionRefConfig, at: string): void {
    const definition = this.find('actions', action.type, at);
    if (!definition || !this.paramsValid(definition.params, action.params, 'action', action.type, at)) return;
    const p = action.params ?? {};
    if (action.type === 'setDeadline') {
      useKey(this.context, String(p.label), this.workflow.file, `${at}/params/label`);
      (p.roles as string[]).forEach((r, i) => this.checkRole(r, `${at}/params/roles/${i}`));
      if (typeof p.from === 'string' && p.from !== 'now') this.checkDateField(p.from, `${at}/params/from`);
    }
    if (action.type === 'notify') {
      useKey(this.context, String(p.template), this.workflow.file, `${at}/params/template`);
      (p.roles as string[]).forEach((r, i) => this.checkRole(r, `${at}/params/roles/${i}`));
    }
    if (action.type === 'assign') this.checkRole(String(p.role), `${at}/params/role`);
  }

  private find<K extends 'guards' | 'actions'>(kind: K, name: string, at: string): NonNullable<EnginePlugin[K]>[string] | undefined {
    for (const plugin of this.enabled) {
      const found = plugin[kind]?.[name];
      if (found) return found as NonNullable<EnginePlugin[K]>[string];
    }
    const disabled = this.context.plugins.find((p) => p.name !== 'builtin' && p[kind]?.[name]);
    const noun = kind === 'guards' ? 'guard' : 'action';
    const all = this.enabled.flatMap((p) => Object.keys(p[kind] ?? {}));
    if (disabled) this.add(`${at}/type`, 'unknownReference', `workflow.${noun}NotEnabled`, { name, plugin: disabled.name });
    else this.add(`${at}/type`, 'unknownReference', noun === 'guard' ? 'workflow.unknownGuard' : 'workflow.unknownAction', { name, available: all.join(', '), ...suggest(name, all) });
    return undefined;
  }

  private paramsValid(schema: Record<string, unknown> | undefined, params: unknown, noun: 'guard' | 'action', name: string, at: string): boolean {
    if (!schema) return true;
    const validate = paramsAjv.compile(schema);
    if (validate(params ?? {})) return true;
    for (const e of validate.errors ?? []) {
      const p = e.params as Record<string, unknown>;
      const where = `${at}/params${e.instancePath}`;
      if (e.keyword === 'additionalProperties') this.add(where, 'invalidValue', `workflow.${noun}UnknownParam`, { name, param: String(p.additionalProperty) });
      else if (e.keyword === 'required') this.add(where, 'invalidValue', `workflow.${noun}MissingParam`, { name, param: String(p.missingProperty) });
      else {
        const known = ajvMessageKey(e);
        this.add(where, 'invalidValue', `workflow.${noun}BadParam`, { name, path: e.instancePath || 'params', detail: e.message ?? '', ...(known ? { detailKey: known.key, ...known.params } : {}) });
      }
    }
    return false;
  }

  private checkForm(form: string, at: string): void {
    if (this.context.broken.forms.has(form) || this.forms.has(form)) return;
    const exists = this.context.forms.has(form);
    if (exists) this.add(at, 'unknownReference', 'workflow.formNotOfRecordTypes', { form });
    else this.add(at, 'unknownReference', 'workflow.unknownForm', { form, ...suggest(form, this.forms) });
  }

  private checkRole(role: string, at: string): void {
    if (this.context.broken.roles || !this.context.roles) return;
    const roles = Object.keys(this.context.roles.value.roles);
    if (!roles.includes(role)) this.add(at, 'unknownReference', 'workflow.unknownRole', { role, ...suggest(role, roles) });
  }

  private checkDateField(path: string, at: string): void {
    const [formId, ...rest] = path.split('.');
    this.checkForm(formId!, at);
    const form = this.context.forms.get(formId!);
    if (!form) return;
    const field = resolveField(form.value.schema as Field, rest.join('.'));
    if (!field) this.add(at, 'unknownReference', 'workflow.deadlineUnknownField', { field: path, form: formId, path: rest.join('.') });
    else if (field.format !== 'date' && field.format !== 'date-time') this.add(at, 'invalidValue', 'workflow.deadlineNotDate', { field: path });
  }

  private checkReachability(): void {
    const seen = new Set<string>();
    const queue = [this.workflow.value.machine.initial];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.has(id) || !this.states[id]) continue;
      seen.add(id);
      for (const handler of Object.values(this.states[id]!.on ?? {})) {
        for (const t of Array.isArray(handler) ? handler : [handler]) queue.push(t.target);
      }
    }
    for (const id of Object.keys(this.states)) {
      if (!seen.has(id)) this.add(`/machine/states/${id}`, 'unreachableStage', 'workflow.unreachable', { stage: id, initial: this.workflow.value.machine.initial });
    }
  }

  private add(pointer: string, code: Issue['code'], key: IssueKey, params?: Record<string, string | number | undefined>): void {
    this.issues.push(makeIssue(this.workflow.file, pointer, code, key, params));
  }
}
