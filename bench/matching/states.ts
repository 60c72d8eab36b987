// The three states' districts, district names (English and the state's script) and neighbouring districts, read
// from form-definitions, for the matching benchmark and the weight fit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StateCode } from './generate';

const root = fileURLToPath(new URL('../../', import.meta.url));
const slugs: Record<StateCode, { slug: string; script: string }> = { GJ: { slug: 'gujarat', script: 'gu' }, JH: { slug: 'jharkhand', script: 'hi' }, WB: { slug: 'west-bengal', script: 'bn' } };

export interface StateGeography {
  districts: Record<StateCode, string[]>;
  /** District code → its name in English and in the state's script, per state. */
  districtNames: Record<StateCode, Record<string, { en: string; native: string }>>;
  /** District code → bordering district codes, per state (the manifests' `matching.neighbours`). */
  neighbours: Record<StateCode, Record<string, string[]>>;
}

const json = <T>(path: string): T => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;

export function loadGeography(): StateGeography {
  const geo: StateGeography = { districts: {} as never, districtNames: {} as never, neighbours: {} as never };
  for (const [code, { slug, script }] of Object.entries(slugs) as [StateCode, (typeof slugs)[StateCode]][]) {
    const manifest = json<{ districts: { code: string; name: string }[]; matching?: { neighbours?: Record<string, string[]> } }>(`form-definitions/${slug}/state.json`);
    const en = json<{ messages: Record<string, string> }>(`form-definitions/${slug}/i18n/en.json`).messages;
    const native = json<{ messages: Record<string, string> }>(`form-definitions/${slug}/i18n/${script}.json`).messages;
    geo.districts[code] = manifest.districts.map((d) => d.code);
    geo.districtNames[code] = Object.fromEntries(manifest.districts.map((d) => [d.code, { en: en[d.name] ?? d.code, native: native[d.name] ?? en[d.name] ?? d.code }]));
    geo.neighbours[code] = manifest.matching?.neighbours ?? {};
  }
  return geo;
}
