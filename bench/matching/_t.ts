import { nameTokens } from '@suraksha/plugin-matching';
import { generate } from './generate';
const d = generate({ seed: 42, missing: 100000, found: 10, districts: { GJ: ['A'], JH: ['B'], WB: ['C'] } });
for (const st of ['GJ', 'JH', 'WB']) for (const sex of ['female', 'male']) {
  const c = new Map<string, number>(); const full = new Map<string, number>(); let n = 0;
  for (const m of d.missing) { if (m.state !== st || m.sex !== sex || !m.name) continue; n++; const t = nameTokens(m.name.split(/[(@]| urf | उर्फ /)[0]!); c.set(t[0]!, (c.get(t[0]!) ?? 0) + 1); const k = t.join(' '); full.set(k, (full.get(k) ?? 0) + 1); }
  const top = [...c.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${(100 * v / n).toFixed(1)}%`);
  const avgFull = [...full.values()].reduce((a, v) => a + v * v, 0) / n;
  console.log(st, sex, n, 'distinct first keys', c.size, top.join(', '), 'avg reports sharing a full name key', avgFull.toFixed(1));
}
