import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from './serveApp';

let server: Server;
let base = '';

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'suraksha-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  const designer = mkdtempSync(join(tmpdir(), 'suraksha-designer-dist-'));
  mkdirSync(join(designer, 'assets'));
  writeFileSync(join(designer, 'index.html'), '<!doctype html><title>designer</title>');
  writeFileSync(join(designer, 'assets', 'index-def456.js'), `console.log(${JSON.stringify('d'.repeat(5000))});`);
  const app = new Koa();
  app.use(serveApp(designer, { prefix: '/designer' }));
  app.use(serveApp(dist));
  app.use((ctx) => {
    ctx.status = 404;
    ctx.body = 'fallthrough';
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serveApp', () => {
  it('serves hashed assets for a year, compressed when the client accepts gzip', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('console.log');
  });

  it('answers client routes with index.html that is revalidated, and leaves /api and missing assets alone', async () => {
    const page = await fetch(`${base}/records/2b1e0c7e-1111-4222-8333-944455556666`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>app</title>');
    expect(await (await fetch(`${base}/api/nothing`)).text()).toBe('fallthrough');
    expect((await fetch(`${base}/assets/index-old.js`)).status).toBe(404);
    expect((await fetch(`${base}/records`, { method: 'POST' })).status).toBe(404);
  });

  it('never serves a file outside the build', async () => {
    expect(await (await fetch(`${base}/..%2Fsecret.txt`)).text()).not.toBe('secret');
    expect(await (await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).text()).not.toContain('root:');
  });

  it('serves the designer under /designer with the same caching, and its client routes get its index.html', async () => {
    for (const path of ['/designer', '/designer/', '/designer/GJ/translations']) {
      const page = await fetch(`${base}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('<title>designer</title>');
    }
    const asset = await fetch(`${base}/designer/assets/index-def456.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toContain('ddd');
    // The caseworker app's files are not the designer's, and the other way round; other paths are still the app's.
    expect((await fetch(`${base}/designer/assets/index-abc123.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/index-def456.js`)).status).toBe(404);
    expect(await (await fetch(`${base}/designerx`)).text()).toContain('<title>app</title>');
    expect(await (await fetch(`${base}/designer/..%2F..%2Fsecret.txt`)).text()).not.toBe('secret');
  });
});
