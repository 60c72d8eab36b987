// Serves a built web app (the caseworker app at `/`, the designer at `/designer`): hashed assets cached for a year, other paths get index.html.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Context, Next } from 'koa';

/** Where `vite build` writes the caseworker app. */
export const webDistDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));
/** Where `vite build` writes the designer (served at `/designer`). */
export const designerDistDir = fileURLToPath(new URL('../../../designer/dist/', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  gzip?: Buffer;
}

/**
 * Koa middleware for GET/HEAD outside /api: a file of the build if there is one, else index.html (client routes).
 * With a `prefix` (e.g. `/designer`) it answers only that path and those under it, and passes everything else on.
 */
export function serveApp(distDir: string = webDistDir, options: { prefix?: string; buildCommand?: string } = {}) {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const buildCommand = options.buildCommand ?? 'npm run build';
  const cache = new Map<string, CachedFile>();
  const root = normalize(distDir.endsWith(sep) ? distDir : distDir + sep);

  async function load(file: string): Promise<CachedFile | undefined> {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const body = await readFile(file);
    // Text assets are compressed once and kept: the build is immutable until the next build changes mtimes.
    const entry: CachedFile = { mtimeMs: info.mtimeMs, body, ...(compressible.has(extname(file)) && body.length > 1024 ? { gzip: gzipSync(body, { level: 9 }) } : {}) };
    cache.set(file, entry);
    return entry;
  }

  return async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path === '/api' || ctx.path.startsWith('/api/')) return next();
    if (prefix && ctx.path !== prefix && !ctx.path.startsWith(prefix + '/')) return next();
    const below = ctx.path.slice(prefix.length) || '/';
    let requested: string;
    try {
      requested = normalize(join(root, decodeURIComponent(below)));
    } catch {
      return next();
    }
    if (!requested.startsWith(root) && requested + sep !== root) return next();
    const isAsset = below.startsWith('/assets/');
    let file = requested !== root && requested + sep !== root ? await load(requested) : undefined;
    let path = requested;
    // Client-side routes (/records/…) get the app; a missing asset stays a 404 so a stale page fails visibly.
    if (!file && !isAsset && !extname(below)) {
      path = join(root, 'index.html');
      file = await load(path);
      if (!file) {
        ctx.status = 503;
        ctx.type = 'text/plain; charset=utf-8';
        ctx.body = `The web app is not built yet: run "${buildCommand}" (npm start builds it when it is missing).`;
        return;
      }
    }
    if (!file) return next();
    ctx.status = 200;
    ctx.type = types[extname(path)] ?? 'application/octet-stream';
    ctx.set('Cache-Control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.set('Vary', 'Accept-Encoding');
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (file.gzip && ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = file.gzip;
    } else ctx.body = file.body;
  };
}
