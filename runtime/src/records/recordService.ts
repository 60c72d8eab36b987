// Records on the server: the engine decides, this service loads, stores with optimistic concurrency, and records history.
import { randomUUID } from 'node:crypto';
import {
  availableEvents,
  createRecord,
  fireEvent,
  projectRecord,
  readableFieldPaths,
  saveForm,
  type Actor,
  type CaseRecord,
  type Effect,
} from '@suraksha/engine';
import type { Models, RecordEventDoc, StoredRecord } from '../store/models';
import type { StateRegistry } from '../config/stateRegistry';
import { problemFromRefusal, problems } from '../http/problem';
import { describeChanges, projectHistory } from './history';
import { toCaseRecord, toStored } from './storedRecord';
import { beforeCommit, runEffects } from './runEffects';

/** A record as one user sees it (with the configuration version it keeps), with what they can do next. */
export interface RecordView {
  record: CaseRecord & { configVersion: number | null };
  events: ReturnType<typeof availableEvents>;
}

/** The configuration a loaded record is pinned to: the deployment of its published version. */
interface Pin {
  deployment: Actor['deployment'];
  configVersion: number | null;
}

export class RecordService {
  // Records loaded or made here remember their pinned deployment, so view() and friends keep their signatures.
  private readonly pins = new WeakMap<CaseRecord, Pin>();

  constructor(
    private readonly models: Models,
    private readonly states?: StateRegistry,
  ) {}

  /** The actor with the deployment of the record's configuration version (saves, events and projections use it). */
  pinned(actor: Actor, record: CaseRecord): Actor {
    const pin = this.pins.get(record);
    return pin && pin.deployment !== actor.deployment ? { ...actor, deployment: pin.deployment } : actor;
  }

  /** The configuration version a loaded record keeps (null for old records without one). */
  configVersionOf(record: CaseRecord): number | null {
    return this.pins.get(record)?.configVersion ?? null;
  }

  private carry(from: CaseRecord, to: CaseRecord): CaseRecord {
    const pin = this.pins.get(from);
    if (pin) this.pins.set(to, pin);
    return to;
  }

  /** Creates a record (optionally with its first form) and runs its initial effects. */
  async create(actor: Actor, input: { recordType: string; district: string; office?: string; form?: { data: unknown; mode: 'draft' | 'complete' } }): Promise<RecordView> {
    const created = createRecord(actor, { id: randomUUID(), ...input });
    if (!created.ok) throw problemFromRefusal(created);
    let record = created.record;
    const history: RecordEventDoc[] = [this.entry(actor, record, { kind: 'created', changes: [] })];
    if (input.form) {
      const recordType = actor.deployment.recordType(input.recordType)!;
      const saved = saveForm(actor, record, { form: recordType.createForm, data: input.form.data, mode: input.form.mode });
      if (!saved.ok) throw problemFromRefusal(saved);
      history.push(this.entry(actor, saved.record, { kind: 'formSaved', form: recordType.createForm, mode: input.form.mode, changes: describeChanges(recordType.createForm, {}, saved.record.forms[recordType.createForm]!.data) }));
      record = saved.record;
    }
    const configVersion = this.states?.currentVersion(actor.deployment.code) ?? 1;
    await this.models.records.create(toStored(actor.deployment, record, actor.now, configVersion));
    await this.models.recordEvents.insertMany(history);
    const pin = { deployment: actor.deployment, configVersion };
    this.pins.set(record, pin);
    record = await runEffects(this.models, actor, record, created.effects);
    this.pins.set(record, pin);
    return this.view(actor, record);
  }

  /** Loads a record the user may read (404 otherwise, never revealing whether it exists). */
  async load(actor: Actor, id: string): Promise<CaseRecord> {
    const doc = await this.models.records.findOne({ _id: id, state: actor.deployment.code }).lean<StoredRecord>();
    if (!doc) throw problems.notFound();
    const record = toCaseRecord(doc);
    const configVersion = typeof doc.configVersion === 'number' ? doc.configVersion : null;
    const deployment = (configVersion !== null ? await this.states?.at(doc.state, configVersion) : undefined) ?? actor.deployment;
    this.pins.set(record, { deployment, configVersion });
    if (!projectRecord(deployment, record, actor.user)) throw problems.notFound();
    return record;
  }

  /** The record projected to what the user may read, and the events they may fire now. */
  view(actor: Actor, record: CaseRecord): RecordView {
    const pinned = this.pinned(actor, record);
    const projected = projectRecord(pinned.deployment, record, actor.user);
    if (!projected) throw problems.notFound();
    return { record: { ...projected, configVersion: this.configVersionOf(record) }, events: availableEvents(pinned, record) };
  }

  /** Saves one form if the stored version still equals `expectedVersion` (409 otherwise, nothing lost). */
  async saveForm(actor: Actor, id: string, form: string, input: { data: unknown; mode: 'draft' | 'complete' }, expectedVersion: number): Promise<RecordView> {
    const record = await this.load(actor, id);
    if (record.version !== expectedVersion) throw this.conflict(record);
    const pinned = this.pinned(actor, record);
    const saved = saveForm(pinned, record, { form, data: input.data, mode: input.mode });
    if (!saved.ok) throw problemFromRefusal(saved);
    const next = this.carry(record, saved.record);
    const changes = describeChanges(form, record.forms[form]?.data ?? {}, next.forms[form]!.data);
    await this.commit(pinned, record, next);
    await this.models.recordEvents.create(this.entry(pinned, next, { kind: 'formSaved', form, mode: input.mode, changes }));
    return this.view(actor, next);
  }

  /** Fires an event if the stored version still equals `expectedVersion`, then runs the effects. */
  async fire(actor: Actor, id: string, event: string, expectedVersion: number): Promise<RecordView> {
    const record = await this.load(actor, id);
    if (record.version !== expectedVersion) throw this.conflict(record);
    const pinned = this.pinned(actor, record);
    const fired = fireEvent(pinned, record, event);
    if (!fired.ok) throw problemFromRefusal(fired);
    // The case number and the assignees go in with the transition itself.
    const { record: numbered, after: effects } = await beforeCommit(this.models, pinned, fired.record, fired.effects as Effect[]);
    await this.commit(pinned, record, numbered);
    // The history entry and the remaining effects (outbox) are independent writes: send them together.
    const [, after] = await Promise.all([
      this.models.recordEvents.create(this.entry(pinned, numbered, { kind: 'transition', event, from: fired.from, to: fired.to, changes: [] })),
      runEffects(this.models, pinned, numbered, effects),
    ]);
    return this.view(actor, this.carry(record, after));
  }

  /** The record's history, each change limited to fields the user may read. */
  async history(actor: Actor, id: string): Promise<RecordEventDoc[]> {
    const record = await this.load(actor, id);
    const readable = readableFieldPaths(this.pinned(actor, record).deployment, record, actor.user);
    const entries = await this.models.recordEvents.find({ recordId: id, state: actor.deployment.code }).sort({ at: 1, version: 1 }).lean<RecordEventDoc[]>();
    return entries.map((e) => projectHistory(e, readable));
  }

  /** Whether the user may read any sensitive field that holds data on this record (such reads are audited). */
  readsSensitive(actor: Actor, record: CaseRecord): boolean {
    const { deployment } = this.pinned(actor, record);
    const projected = projectRecord(deployment, record, actor.user);
    for (const [formId, entry] of Object.entries(projected?.forms ?? {})) {
      const sensitive = new Set(deployment.forms.get(formId)?.fields.filter((f) => f.field['x-sensitive']).map((f) => f.path));
      if (leafPaths(entry.data).some((path) => sensitive.has(path))) return true;
    }
    return false;
  }

  private async commit(actor: Actor, before: CaseRecord, after: CaseRecord): Promise<void> {
    // The record keeps the configuration version it was created under.
    const { _id, configVersion: _kept, ...doc } = toStored(actor.deployment, after, actor.now, 0);
    const result = await this.models.records.updateOne({ _id, state: before.state, version: before.version }, { $set: doc });
    if (result.matchedCount === 0) {
      const current = await this.models.records.findOne({ _id }).lean<StoredRecord>();
      throw this.conflict(current ? toCaseRecord(current) : before);
    }
  }

  private conflict(current: CaseRecord) {
    return problems.conflict('The record was changed by someone else since you opened it. Reload to see the changes, then apply yours again.', { currentVersion: current.version });
  }

  private entry(actor: Actor, record: CaseRecord, fields: Pick<RecordEventDoc, 'kind' | 'changes'> & Partial<RecordEventDoc>): RecordEventDoc {
    return {
      _id: randomUUID(),
      recordId: record.id,
      state: record.state,
      district: record.district,
      at: actor.now,
      actor: actor.user.id,
      actorRoles: [...actor.user.roles],
      version: record.version,
      ...fields,
    };
  }
}

/** Dotted paths of the values present in form data (tables without index). */
function leafPaths(data: unknown, prefix = ''): string[] {
  if (Array.isArray(data)) return data.flatMap((row) => (row && typeof row === 'object' ? leafPaths(row, prefix) : [prefix]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  return data === undefined || data === null || data === '' ? [] : [prefix];
}
