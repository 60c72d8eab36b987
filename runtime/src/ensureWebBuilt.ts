// Builds the caseworker web app with Vite when its build is missing or older than its sources (npm start, browser tests).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../web/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Newest modification time (ms) of the files under `path` (0 when there are none). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0);
}

/** Whether runtime/web/dist is missing or older than any source of the app. */
export function isWebBuildStale(): boolean {
  const built = join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newestMtime(join(webDir, 'src')), newestMtime(join(webDir, 'index.html')), newestMtime(join(webDir, 'vite.config.ts')), newestMtime(join(webDir, 'public')));
  return sources > statSync(built).mtimeMs;
}

/** Runs `vite build` for runtime/web if the build is stale; resolves when it is up to date. */
export async function ensureWebBuilt(say: (line: string) => void = () => undefined): Promise<void> {
  if (!isWebBuildStale()) return;
  say('web app: building with Vite (when its sources changed)…');
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const output: string[] = [];
  // Always a production build: under vitest NODE_ENV is "test", which would bundle React's development build.
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(webDir, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`building the web app failed (vite exited with ${code}):\n${output.join('').slice(-4000)}`);
  say('web app: built');
}
