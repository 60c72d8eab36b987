// Builds the web apps (caseworker app, designer) with Vite when a build is missing or older than its sources (npm start, browser tests).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../web/', import.meta.url));
const designerDir = fileURLToPath(new URL('../../designer/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The apps built with Vite: name (for messages) and folder (holding index.html, src/, vite.config.ts, dist/). */
const apps = [
  { name: 'web app', dir: webDir, extraSources: [] as string[] },
  // The designer bundles the caseworker app's form renderers (and what they import) and the engine.
  { name: 'designer', dir: designerDir, extraSources: [join(webDir, 'src'), join(repoRoot, 'engine', 'src')] },
];

/** Newest modification time (ms) of the files under `path` (0 when there are none). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0);
}

/** Whether an app's dist is missing or older than any of its sources (runtime/web by default). */
export function isWebBuildStale(dir: string = webDir, extraSources: readonly string[] = []): boolean {
  const built = join(dir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newestMtime(join(dir, 'src')), newestMtime(join(dir, 'index.html')), newestMtime(join(dir, 'vite.config.ts')), newestMtime(join(dir, 'public')), ...extraSources.map(newestMtime));
  return sources > statSync(built).mtimeMs;
}

/** Runs `vite build` for the caseworker app and the designer where stale; resolves when both are up to date. */
export async function ensureWebBuilt(say: (line: string) => void = () => undefined): Promise<void> {
  for (const app of apps) if (isWebBuildStale(app.dir, app.extraSources)) await build(app.name, app.dir, say);
}

async function build(name: string, dir: string, say: (line: string) => void): Promise<void> {
  say(`${name}: building with Vite (when its sources changed)…`);
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const output: string[] = [];
  // Always a production build: under vitest NODE_ENV is "test", which would bundle React's development build.
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(dir, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`building the ${name} failed (vite exited with ${code}):\n${output.join('').slice(-4000)}`);
  say(`${name}: built`);
}
