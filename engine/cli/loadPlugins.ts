// Finds the installed plugin packages (plugins/*) and imports their default export.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EnginePlugin } from '../src/index';

/** Imports every plugin workspace under `pluginsDir` that exports an EnginePlugin as default. */
export async function loadPlugins(pluginsDir: string): Promise<EnginePlugin[]> {
  if (!existsSync(pluginsDir)) return [];
  const plugins: EnginePlugin[] = [];
  for (const name of readdirSync(pluginsDir).sort()) {
    const manifestPath = join(pluginsDir, name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: { '.'?: string } };
    const entry = manifest.exports?.['.'];
    if (!entry) continue;
    const module = (await import(pathToFileURL(join(pluginsDir, name, entry)).href)) as { default?: EnginePlugin };
    if (module.default?.name) plugins.push(module.default);
  }
  return plugins;
}
