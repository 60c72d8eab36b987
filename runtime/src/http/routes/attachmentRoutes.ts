// The attachments API: upload the child's photo for one field of a record, read it back (and what it is), audited.
// Access follows the field it was uploaded for: upload needs `update` on it, reading needs `read` on the record and it.
import { randomUUID } from 'node:crypto';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { createAbility, permittedFields, readableFieldPaths, type Actor, type CaseRecord } from '@suraksha/engine';
import type { Services } from '../../services';
import { audit } from '../../audit/audit';
import { attachmentModel, attachmentTypes, maxAttachmentBytes, sniffImageType, toRef } from '../../attachments/attachmentStore';
import { attachmentMessage, type AttachmentMessage } from '../../attachments/messages';
import { queryObject, validateInput } from '../validateInput';
import { actorOf } from '../context';
import { HttpProblem, problems } from '../problem';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const attachmentSchemas = {
  upload: {
    type: 'object',
    required: ['field'],
    additionalProperties: false,
    properties: {
      field: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+$', maxLength: 200 },
      name: { type: 'string', minLength: 1, maxLength: 200 },
      lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    },
  },
} as const;

function idParam(ctx: Context, name: 'id' | 'attachmentId'): string {
  const value = String(ctx.params[name] ?? '');
  if (!uuid.test(value)) throw problems.notFound();
  return value;
}

function refuse(actor: Actor, status: number, code: string, key: AttachmentMessage, pointer: string, params: Record<string, string | number> = {}): HttpProblem {
  const message = attachmentMessage(actor.lang, key, params);
  return new HttpProblem(status, code, message, message, [{ pointer, message }]);
}

/** The field an upload is for, if the record's type has it as an attachment field the user may write now. */
function checkUploadField(actor: Actor, record: CaseRecord, field: string): void {
  const [formId = '', ...rest] = field.split('.');
  const path = rest.join('.');
  const recordType = actor.deployment.recordType(record.recordType);
  const form = recordType?.forms.includes(formId) ? actor.deployment.forms.get(formId) : undefined;
  const entry = form?.fields.find((f) => f.path === path);
  if (!form || !entry || entry.field.format !== 'attachment') throw refuse(actor, 422, 'notAttachmentField', 'notAttachmentField', '/query/field');
  const ability = createAbility(actor.deployment.roles, actor.user);
  if (!permittedFields(ability, record, form, 'update').has(path)) throw refuse(actor, 403, 'fieldsForbidden', 'notWritable', '/query/field');
  const stage = actor.deployment.workflows.get(recordType!.workflow)?.stage(record.stage);
  if (!stage?.meta.editableForms?.includes(formId)) throw refuse(actor, 409, 'notEditable', 'notEditable', '/query/field');
}

/** Reads the raw body up to the limit (413 as soon as it is passed, declared or not). */
async function readBytes(ctx: Context, actor: Actor): Promise<Buffer> {
  const tooLarge = () => refuse(actor, 413, 'tooLarge', 'tooLarge', '/body', { max: maxAttachmentBytes / 1024 / 1024 });
  if (Number(ctx.get('content-length') || 0) > maxAttachmentBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxAttachmentBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function attachmentRoutes(router: Router, services: Services): void {
  const model = () => attachmentModel(services.models.records.db);

  router.post('/records/:id/attachments', async (ctx) => {
    const actor = actorOf(ctx, services);
    const query = validateInput<{ field: string; name?: string }>(attachmentSchemas.upload, queryObject(ctx.query), 'query');
    const record = await services.records.load(actor, idParam(ctx, 'id'));
    // The record's own configuration version decides which fields it has and who may write them.
    checkUploadField(services.records.pinned(actor, record), record, query.field);
    const declared = ctx.get('content-type').split(';')[0]!.trim().toLowerCase();
    if (declared && declared !== 'application/octet-stream' && !(attachmentTypes as readonly string[]).includes(declared)) throw refuse(actor, 415, 'unsupportedMediaType', 'badType', '/body');
    const bytes = await readBytes(ctx, actor);
    if (bytes.length === 0) throw refuse(actor, 400, 'badRequest', 'empty', '/body');
    const type = sniffImageType(bytes);
    if (!type || (declared && declared !== 'application/octet-stream' && declared !== type)) throw refuse(actor, 415, 'unsupportedMediaType', 'badType', '/body');
    const doc = {
      _id: randomUUID(),
      state: record.state,
      recordId: record.id,
      field: query.field,
      type,
      size: bytes.length,
      name: safeName(query.name ?? 'photo'),
      data: bytes,
      createdAt: actor.now,
      createdBy: actor.user.id,
    };
    await (await model()).create(doc);
    await audit(services.models, { actor: actor.user, action: 'attachment.upload', target: record.id, outcome: 'success', ip: ctx.ip, detail: { attachment: doc._id, field: doc.field, type, size: doc.size } });
    ctx.status = 201;
    ctx.set('Location', `/api/records/${record.id}/attachments/${doc._id}`);
    ctx.body = toRef(doc);
  });

  /** The attachment if the user may read its record and the field it belongs to; 404 otherwise (nothing revealed). */
  async function readable(ctx: Context, actor: Actor) {
    const record = await services.records.load(actor, idParam(ctx, 'id'));
    const doc = await (await model()).findOne({ _id: idParam(ctx, 'attachmentId'), recordId: record.id, state: record.state }).lean();
    if (!doc || !readableFieldPaths(services.records.pinned(actor, record).deployment, record, actor.user).has(doc.field)) throw problems.notFound('There is no such file, or you may not see it.');
    return doc;
  }

  router.get('/records/:id/attachments/:attachmentId', async (ctx) => {
    const actor = actorOf(ctx, services);
    const doc = await readable(ctx, actor);
    await audit(services.models, { actor: actor.user, action: 'attachment.read', target: doc.recordId, outcome: 'success', ip: ctx.ip, detail: { attachment: doc._id, field: doc.field } });
    ctx.type = doc.type;
    ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(doc.name)}`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = bytesOf(doc.data);
  });

  router.get('/records/:id/attachments/:attachmentId/meta', async (ctx) => {
    const actor = actorOf(ctx, services);
    ctx.body = toRef(await readable(ctx, actor));
  });
}

/** The stored bytes as a Buffer (a lean read gives BSON Binary, whose `buffer` holds them). */
function bytesOf(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  const inner = (data as { buffer?: Uint8Array }).buffer;
  return Buffer.from(inner instanceof Uint8Array ? inner : new Uint8Array());
}

/** A file name safe to store and send back in a header: no control characters or path separators. */
function safeName(name: string): string {
  return [...name].map((c) => (c.charCodeAt(0) < 32 || c === '/' || c === '\\' ? '_' : c)).join('');
}
