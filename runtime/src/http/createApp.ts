// The Koa application: security headers, request logging, sessions and CSRF, problem+json errors, the API routes.
import { randomUUID } from 'node:crypto';
import Koa, { type Context } from 'koa';
import Router from '@koa/router';
import helmet from 'koa-helmet';
import type { Services } from '../services';
import { cookieName, resolveSession } from '../auth/sessions';
import { HttpProblem, problems } from './problem';
import { authRoutes } from './routes/authRoutes';
import { recordRoutes } from './routes/recordRoutes';
import { userRoutes } from './routes/userRoutes';
import { reportRoutes } from './routes/reportRoutes'; // reports (src/reports)
import { matchRoutes } from './routes/matchRoutes'; // matching (src/matching)
import { notificationRoutes } from './routes/notificationRoutes'; // alerts (src/alerts)
import { metaRoutes } from './routes/metaRoutes';
import { previewRoutes } from './routes/previewRoutes'; // designer form preview
import { adminRoutes } from './routes/adminRoutes'; // configuration admin API (src/config)
import { attachmentRoutes } from './routes/attachmentRoutes'; // photos (src/attachments)
import { designerDistDir, serveApp } from './serveApp';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the HTTP application over the services. */
export function createApp(services: Services, options: { secureCookies?: boolean } = {}): Koa {
  const app = new Koa({ proxy: false });
  app.use(logRequests(services));
  app.use(renderProblems(services));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'default-src': ["'self'"], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'blob:'], 'font-src': ["'self'", 'data:'], 'connect-src': ["'self'"], 'frame-ancestors': ["'none'"], 'upgrade-insecure-requests': null },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    const resolved = await resolveSession(services.models, ctx.cookies.get(cookieName));
    if (resolved) ctx.state.auth = resolved;
    // Unsafe requests of a signed-in browser must echo the CSRF token the server gave at sign-in.
    if (resolved && unsafeMethods.has(ctx.method) && ctx.get('x-csrf-token') !== resolved.csrfToken) {
      throw new HttpProblem(403, 'csrf', 'Request refused', 'The request did not carry the security token of your session. Reload the page and try again.');
    }
    await next();
  });
  const router = new Router({ prefix: '/api' });
  metaRoutes(router, services);
  authRoutes(router, services, { secureCookies: options.secureCookies ?? false });
  recordRoutes(router, services);
  userRoutes(router, services);
  reportRoutes(router, services); // reports
  matchRoutes(router, services); // matching
  notificationRoutes(router, services); // alerts
  previewRoutes(router, services); // designer form preview
  adminRoutes(router, services); // configuration admin API
  attachmentRoutes(router, services); // photos
  app.use(router.routes());
  app.use(router.allowedMethods({ throw: true, notImplemented: () => problems.notFound('No such endpoint.'), methodNotAllowed: () => new HttpProblem(405, 'methodNotAllowed', 'Method not allowed') }));
  app.use(serveApp(designerDistDir, { prefix: '/designer', buildCommand: 'npm run build:designer' })); // the designer (designer/)
  app.use(serveApp());
  app.use(async (ctx) => {
    if (ctx.path.startsWith('/api')) throw problems.notFound('No such endpoint.');
  });
  return app;
}

function renderProblems(services: Services) {
  return async (ctx: Context, next: () => Promise<unknown>) => {
    try {
      await next();
    } catch (error) {
      const problem = toProblem(error);
      if (problem.status >= 500) services.log({ level: 'error', msg: 'request failed', reqId: ctx.state.reqId, error: error instanceof Error ? error.stack : String(error) });
      ctx.status = problem.status;
      ctx.type = 'application/problem+json';
      ctx.body = problem.toJSON(ctx.path);
    }
  };
}

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const e = error as { status?: number; expose?: boolean; message?: string; name?: string };
  if (e?.name === 'CastError' || e?.name === 'ValidationError' || e?.name === 'StrictModeError') return problems.badRequest('The request holds a value of the wrong type.');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) return new HttpProblem(e.status, 'httpError', e.expose && e.message ? e.message : 'The request is not valid');
  return new HttpProblem(500, 'internal', 'Something went wrong on our side', 'The error was logged. Nothing was changed by this request.');
}

function logRequests(services: Services) {
  return async (ctx: Context, next: () => Promise<unknown>) => {
    const started = performance.now();
    ctx.state.reqId = randomUUID();
    ctx.set('X-Request-Id', ctx.state.reqId as string);
    try {
      await next();
    } finally {
      const user = (ctx.state.auth as { user?: { _id: string } } | undefined)?.user?._id;
      services.log({ level: 'info', msg: 'request', reqId: ctx.state.reqId, method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(performance.now() - started), user });
    }
  };
}
