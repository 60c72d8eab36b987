import { readFileSync } from 'node:fs';
import { createMatchIndex, findCandidates, scoreMatch, toMatchProfile } from '@suraksha/plugin-matching';
import { generate, type StateCode } from './generate';
const slugs: Record<StateCode, string> = { GJ: 'gujarat', JH: 'jharkhand', WB: 'west-bengal' };
const districts = Object.fromEntries(Object.entries(slugs).map(([c, s]) => [c, (JSON.parse(readFileSync(`form-definitions/${s}/state.json`, 'utf8')) as { districts: { code: string }[] }).districts.map((d) => d.code)])) as Record<StateCode, string[]>;
const data = generate({ seed: 42, missing: Number(process.argv[2] ?? 20000), found: 4000, districts });
const index = createMatchIndex(data.missing);
const want = process.argv[3] ?? 'first';
let shown = 0;
for (const f of data.found) {
  const t = data.truth.get(f.id); if (!t) continue;
  const note = data.notes.get(f.id)!; if (note.nameForm !== want) continue;
  const res = findCandidates(index, f, { limit: 5 });
  const rank = res.findIndex((c) => c.id === t);
  if (rank >= 0) continue;
  const m = data.missing[Number(t.slice(1))]!;
  const inCands = index.candidates(toMatchProfile(f)).some((c) => c.id === t);
  const s = scoreMatch(m, f);
  const brief = (x: typeof s.features) => x.filter((y) => y.points !== 0).map((y) => `${y.feature}:${y.points}`).join(' ');
  console.log(`\nFOUND ${JSON.stringify(f)}\nTRUE  ${JSON.stringify(m)}\n  inCandidates=${inCands} trueScore=${s.score.toFixed(3)} ${brief(s.features)}`);
  for (const c of res.slice(0, 2)) { const mm = data.missing[Number(c.id.slice(1))]!; console.log(`  TOP ${c.score.toFixed(3)} ${mm.name} age ${mm.age} ${mm.district} ${mm.date} ${brief(c.features)}`); }
  if (++shown >= Number(process.argv[4] ?? 8)) break;
}
