import { readFileSync } from 'node:fs';
import { createMatchIndex, findCandidates, scoreMatch, toMatchProfile } from '@suraksha/plugin-matching';
import { generate, type StateCode } from './generate';
const slugs: Record<StateCode, string> = { GJ: 'gujarat', JH: 'jharkhand', WB: 'west-bengal' };
const districts = Object.fromEntries(Object.entries(slugs).map(([c, s]) => [c, (JSON.parse(readFileSync(`form-definitions/${s}/state.json`, 'utf8')) as { districts: { code: string }[] }).districts.map((d) => d.code)])) as Record<StateCode, string[]>;
const N = Number(process.argv[2] ?? 100000);
const data = generate({ seed: 42, missing: N, found: N / 5, districts });
const index = createMatchIndex(data.missing);
const all = data.missing.map((m) => toMatchProfile(m));
let total = 0, notCand = 0, outranked = 0;
const hist = new Map<string, number>();
const sample = data.found.slice(0, Number(process.argv[3] ?? 2000));
for (const f of sample) {
  const t = data.truth.get(f.id); if (!t) continue;
  total++;
  const q = toMatchProfile(f);
  const res = findCandidates(index, q, { limit: 5 });
  if (res.some((r) => r.id === t)) continue;
  const inC = index.candidates(q).some((c) => c.id === t);
  if (!inC) { notCand++; continue; }
  outranked++;
  const ts = scoreMatch(all[Number(t.slice(1))]!, q).score;
  // Brute force: how many missing reports score above the true one?
  let above = 0; for (const m of all) { if (m.id !== t && scoreMatch(m, q).score > ts) above++; }
  const b = above <= 5 ? String(above) : above <= 10 ? '6-10' : above <= 50 ? '11-50' : '>50';
  hist.set(b, (hist.get(b) ?? 0) + 1);
  if (outranked > 150) break;
}
console.log({ total, notCand, outranked, hist: Object.fromEntries(hist) });
