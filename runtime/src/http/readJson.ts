// Reads a JSON request body safely: size limit, strict parsing, no operator or prototype keys anywhere.
import type { Context } from 'koa';
import { HttpProblem, problems } from './problem';

const forbiddenKey = /^\$|\.|^__proto__$|^constructor$|^prototype$/;
/** Configuration files hold `$schema` and dotted translation keys; only prototype keys are refused there. */
const prototypeKey = /^__proto__$|^constructor$|^prototype$/;

/**
 * Reads and parses the body; refuses bodies over `limit` bytes, non-JSON, and keys like `$where` or `a.b`
 * (with `keys: 'config'`, for configuration files that are never used as a query, only prototype keys).
 */
export async function readJson(ctx: Context, limit = 1_000_000, options: { keys?: 'safe' | 'config' } = {}): Promise<unknown> {
  const type = ctx.request.headers['content-type'] ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw problems.unsupportedMediaType();
  const declared = Number(ctx.request.headers['content-length'] ?? 0);
  if (declared > limit) throw problems.tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw problems.tooLarge(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw problems.badRequest(`The body is not valid JSON: ${(error as Error).message}`);
  }
  const bad = findForbiddenKey(value, '', options.keys === 'config' ? prototypeKey : forbiddenKey);
  if (bad) throw new HttpProblem(400, 'forbiddenKey', 'The request is not valid', `Field names may not start with "$" or contain ".": ${bad.key}`, [{ pointer: bad.pointer, message: `field name "${bad.key}" is not allowed` }]);
  return value;
}

/** The first key (depth first) that could be read as a database operator or a prototype path. */
export function findForbiddenKey(value: unknown, pointer: string, forbidden = forbiddenKey): { key: string; pointer: string } | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], `${pointer}/${i}`, forbidden);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (forbidden.test(key)) return { key, pointer: at };
      const found = findForbiddenKey(child, at, forbidden);
      if (found) return found;
    }
  }
  return undefined;
}
