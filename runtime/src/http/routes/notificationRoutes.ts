// In-app notifications of the signed-in user: list (newest first, in the request language) and mark read.
import type Router from '@koa/router';
import type { Services } from '../../services';
import type { NotificationDoc } from '../../store/models';
import { renderNotification } from '../../alerts/sendAlert';
import { queryObject, validateInput } from '../validateInput';
import { deploymentOf, languageOf, requireAuth } from '../context';
import { problems } from '../problem';

export const notificationSchemas = {
  list: {
    type: 'object',
    additionalProperties: false,
    properties: {
      unread: { enum: ['true', 'false'] },
      page: { type: 'integer', minimum: 1, maximum: 100000 },
      pageSize: { type: 'integer', minimum: 1, maximum: 100 },
      lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    },
  },
} as const;

const notificationId = /^[0-9a-f]{32}$/;

export function notificationRoutes(router: Router, services: Services): void {
  router.get('/notifications', async (ctx) => {
    const { user } = requireAuth(ctx);
    const deployment = deploymentOf(services, user);
    const lang = languageOf(ctx, deployment, user);
    const query = validateInput<{ unread?: string; page?: number; pageSize?: number }>(notificationSchemas.list, queryObject(ctx.query, ['page', 'pageSize']), 'query');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const filter = { userId: user._id, ...(query.unread === 'true' ? { readAt: null } : {}) };
    const docs = await services.models.notifications.find(filter).sort({ createdAt: -1, _id: 1 }).skip((page - 1) * pageSize).limit(pageSize).lean<NotificationDoc[]>();
    const total = await services.models.notifications.countDocuments(filter);
    const unread = await services.models.notifications.countDocuments({ userId: user._id, readAt: null });
    ctx.body = {
      items: docs.map((n) => ({ id: n._id, kind: n.kind, recordId: n.recordId ?? null, text: renderNotification(deployment, lang, n), params: n.params, createdAt: n.createdAt, readAt: n.readAt ?? null })),
      total,
      unread,
      page,
      pageSize,
    };
  });

  router.post('/notifications/:id/read', async (ctx) => {
    const { user } = requireAuth(ctx);
    const id = String(ctx.params.id);
    if (!notificationId.test(id)) throw problems.notFound('There is no such notification.');
    await services.models.notifications.updateOne({ _id: id, userId: user._id, readAt: null }, { $set: { readAt: new Date() } });
    const doc = await services.models.notifications.findOne({ _id: id, userId: user._id }).lean<NotificationDoc>();
    if (!doc) throw problems.notFound('There is no such notification.');
    ctx.body = { id: doc._id, readAt: doc.readAt };
  });

  router.post('/notifications/read', async (ctx) => {
    const { user } = requireAuth(ctx);
    const result = await services.models.notifications.updateMany({ userId: user._id, readAt: null }, { $set: { readAt: new Date() } });
    ctx.body = { marked: result.modifiedCount };
  });
}
