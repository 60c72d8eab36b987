// The records API: create, list (filters, overdue, due soon, name search), get, save a form, events, history, overdue.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { accessibleBy } from '@casl/mongoose';
import { createAbility, projectRecord, readPath, type Actor, type CaseRecord } from '@suraksha/engine';
import type { Services } from '../../services';
import type { StoredRecord } from '../../store/models';
import { toCaseRecord } from '../../records/storedRecord';
import { nameKeys } from '@suraksha/plugin-matching';
import { audit } from '../../audit/audit';
import { withActorNames } from '../../records/historyNames';
import { attachmentsBeforeRegistration, attachmentValues, checkAttachmentReferences } from '../../attachments/references';
import { readJson } from '../readJson';
import { queryObject, validateInput } from '../validateInput';
import { actorOf } from '../context';
import { problems } from '../problem';

const id = { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$', maxLength: 64 };
const code = { type: 'string', pattern: '^[A-Z][A-Z0-9-]*$', maxLength: 64 };
const formInput = { type: 'object', required: ['data', 'mode'], additionalProperties: false, properties: { data: { type: 'object' }, mode: { enum: ['draft', 'complete'] } } };

export const schemas = {
  create: { type: 'object', required: ['recordType', 'district'], additionalProperties: false, properties: { recordType: id, district: code, office: code, form: formInput } },
  saveForm: { type: 'object', required: ['data', 'mode'], additionalProperties: false, properties: { data: { type: 'object' }, mode: { enum: ['draft', 'complete'] }, version: { type: 'integer', minimum: 1 } } },
  fire: { type: 'object', additionalProperties: false, properties: { version: { type: 'integer', minimum: 1 } } },
  list: {
    type: 'object',
    additionalProperties: false,
    properties: {
      recordType: id,
      stage: id,
      district: code,
      office: code,
      overdue: { enum: ['true', 'false'] },
      dueSoon: { enum: ['true', 'false'] },
      assignedToMe: { enum: ['true', 'false'] },
      q: { type: 'string', minLength: 1, maxLength: 100 },
      sort: { enum: ['createdAt', '-createdAt', 'nextDue', '-nextDue', 'caseNumber', '-caseNumber', 'updatedAt', '-updatedAt'] },
      page: { type: 'integer', minimum: 1, maximum: 100000 },
      pageSize: { type: 'integer', minimum: 1, maximum: 100 },
      lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    },
  },
  overdue: { type: 'object', additionalProperties: false, properties: { district: code, office: code, lang: { type: 'string', pattern: '^[a-z]{2,3}$' } } },
} as const;

/** "Due soon": the earliest open deadline falls within this many days (and has not passed). */
export const dueSoonDays = 7;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function recordId(ctx: Context): string {
  const value = ctx.params.id ?? '';
  if (!uuid.test(value)) throw problems.notFound('There is no such record, or you may not see it.');
  return value;
}

/** The record version the client edited: If-Match header or "version" in the body (428 if neither). */
function expectedVersion(ctx: Context, body: { version?: number }): number {
  const header = ctx.get('if-match').replace(/^W\//, '').replace(/"/g, '').trim();
  if (header && /^\d{1,9}$/.test(header)) return Number(header);
  if (header) throw problems.badRequest('If-Match must be the record version number', [{ pointer: '/headers/if-match', message: 'not a version number' }]);
  if (body.version !== undefined) return body.version;
  throw problems.preconditionRequired();
}

type ListQuery = { recordType?: string; stage?: string; district?: string; office?: string; overdue?: string; dueSoon?: string; assignedToMe?: string; q?: string; sort?: string; page?: number; pageSize?: number };

export function recordRoutes(router: Router, services: Services): void {
  router.post('/records', async (ctx) => {
    const actor = actorOf(ctx, services);
    const body = validateInput<{ recordType: string; district: string; office?: string; form?: { data: unknown; mode: 'draft' | 'complete' } }>(schemas.create, await readJson(ctx), 'body');
    // A record being registered has no uploads yet: its first form cannot point at one.
    const createForm = actor.deployment.recordType(body.recordType)?.createForm;
    const early = createForm && body.form ? attachmentValues(actor, createForm, body.form.data) : [];
    if (early.length) throw attachmentsBeforeRegistration(actor, early);
    const view = await services.records.create(actor, body);
    ctx.status = 201;
    ctx.set('Location', `/api/records/${view.record.id}`);
    ctx.set('ETag', `"${view.record.version}"`);
    ctx.body = view;
  });

  router.get('/records', async (ctx) => {
    const actor = actorOf(ctx, services);
    const query = validateInput<ListQuery>(schemas.list, queryObject(ctx.query, ['page', 'pageSize']), 'query');
    ctx.body = await listRecords(services, actor, query);
  });

  router.get('/records/:id', async (ctx) => {
    const actor = actorOf(ctx, services);
    const record = await services.records.load(actor, recordId(ctx));
    if (services.records.readsSensitive(actor, record)) await audit(services.models, { actor: actor.user, action: 'record.read.sensitive', target: record.id, outcome: 'success', ip: ctx.ip });
    ctx.set('ETag', `"${record.version}"`);
    ctx.body = services.records.view(actor, record);
  });

  router.put('/records/:id/forms/:form', async (ctx) => {
    const actor = actorOf(ctx, services);
    const idValue = recordId(ctx);
    const body = validateInput<{ data: unknown; mode: 'draft' | 'complete'; version?: number }>(schemas.saveForm, await readJson(ctx), 'body');
    const version = expectedVersion(ctx, body);
    await checkAttachmentReferences(services, actor, idValue, String(ctx.params.form), body.data); // photos
    const view = await services.records.saveForm(actor, idValue, String(ctx.params.form), body, version);
    ctx.set('ETag', `"${view.record.version}"`);
    ctx.body = view;
  });

  router.get('/records/:id/events', async (ctx) => {
    const actor = actorOf(ctx, services);
    const record = await services.records.load(actor, recordId(ctx));
    ctx.body = { events: services.records.view(actor, record).events };
  });

  router.post('/records/:id/events/:event', async (ctx) => {
    const actor = actorOf(ctx, services);
    const idValue = recordId(ctx);
    const body = ctx.request.length ? validateInput<{ version?: number }>(schemas.fire, await readJson(ctx, 10_000), 'body') : {};
    const version = expectedVersion(ctx, body);
    const view = await services.records.fire(actor, idValue, String(ctx.params.event), version);
    ctx.set('ETag', `"${view.record.version}"`);
    ctx.body = view;
  });

  router.get('/records/:id/history', async (ctx) => {
    const actor = actorOf(ctx, services);
    ctx.body = { history: await withActorNames(services.models, actor.deployment, await services.records.history(actor, recordId(ctx))) };
  });

  router.get('/deadlines/overdue', async (ctx) => {
    const actor = actorOf(ctx, services);
    const query = validateInput<{ district?: string; office?: string }>(schemas.overdue, queryObject(ctx.query), 'query');
    ctx.body = await listRecords(services, actor, { ...query, overdue: 'true', sort: 'nextDue', pageSize: 100 });
  });
}

/** Lists the records the user may read, with filters, name search in any script, sort and pagination. */
async function listRecords(services: Services, actor: Actor, query: ListQuery) {
  const ability = createAbility(actor.deployment.roles, actor.user);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  if (!ability.can('read', 'record')) return { items: [], total: 0, page, pageSize };
  const filters: Record<string, unknown>[] = [accessibleBy(ability, 'read').ofType('record'), { state: actor.deployment.code }];
  for (const key of ['recordType', 'stage', 'district', 'office'] as const) if (query[key]) filters.push({ [key]: query[key] });
  if (query.overdue === 'true') filters.push({ nextDue: { $lte: actor.now } });
  if (query.dueSoon === 'true') filters.push({ nextDue: { $gt: actor.now, $lte: new Date(actor.now.getTime() + dueSoonDays * 86_400_000) } });
  if (query.assignedToMe === 'true') filters.push({ assignees: actor.user.id });
  for (const key of query.q ? nameKeys(query.q) : []) filters.push({ searchKeys: { $regex: `^${key.replace(/[^a-z0-9]/g, '')}` } });
  const sortKey = (query.sort ?? '-createdAt').replace('-', '');
  const direction = query.sort?.startsWith('-') || !query.sort ? -1 : 1;
  const filter = { $and: filters };
  const [docs, total] = await Promise.all([
    services.models.records.find(filter).sort({ [sortKey]: direction, _id: 1 }).skip((page - 1) * pageSize).limit(pageSize).lean<StoredRecord[]>(),
    services.models.records.countDocuments(filter),
  ]);
  const items = docs.flatMap((doc) => {
    const summary = summarise(actor, toCaseRecord(doc));
    return summary ? [summary] : [];
  });
  return { items, total, page, pageSize };
}

/** What a list shows of a record, from the user's projection (the name only if they may read it). */
function summarise(actor: Actor, record: CaseRecord) {
  const projected = projectRecord(actor.deployment, record, actor.user);
  if (!projected) return undefined;
  const recordType = actor.deployment.recordType(record.recordType);
  const workflow = actor.deployment.workflows.get(recordType?.workflow ?? '');
  const [formId, ...path] = (recordType?.nameField ?? '').split('.');
  const name = formId ? readPath(projected.forms[formId]?.data, path.join('.')) : undefined;
  const t = actor.deployment.translator.t;
  const stageLabel = workflow?.stage(record.stage)?.meta.label;
  return {
    id: record.id,
    recordType: record.recordType,
    caseNumber: record.caseNumber ?? null,
    name: typeof name === 'string' ? name : null,
    stage: record.stage,
    stageLabel: stageLabel ? t(actor.lang, stageLabel) : record.stage,
    district: record.district,
    office: record.office ?? null,
    deadlines: Object.values(record.deadlines).map((d) => ({ ...d, label: t(actor.lang, d.label), overdue: Date.parse(d.due) <= actor.now.getTime() })),
    createdAt: record.createdAt,
    version: record.version,
  };
}
