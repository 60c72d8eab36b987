import { readFileSync } from 'node:fs';
import { createMatchIndex, findCandidates, scoreMatch, toMatchProfile } from '@suraksha/plugin-matching';
import { generate, type StateCode } from './generate';
const slugs: Record<StateCode, string> = { GJ: 'gujarat', JH: 'jharkhand', WB: 'west-bengal' };
const districts = Object.fromEntries(Object.entries(slugs).map(([c, s]) => [c, (JSON.parse(readFileSync(`form-definitions/${s}/state.json`, 'utf8')) as { districts: { code: string }[] }).districts.map((d) => d.code)])) as Record<StateCode, string[]>;
const data = generate({ seed: 42, missing: 100000, found: 20000, districts });
const index = createMatchIndex(data.missing);
let total = 0, notCand = 0; const forms = new Map<string, number>(); let shown = 0;
for (const f of data.found.slice(0, 4000)) {
  const t = data.truth.get(f.id); if (!t) continue; total++;
  const q = toMatchProfile(f);
  const res = findCandidates(index, q, { limit: 5 });
  if (res.some((r) => r.id === t)) continue;
  if (index.candidates(q).some((c) => c.id === t)) continue;
  notCand++;
  const m = data.missing[Number(t.slice(1))]!;
  const s = scoreMatch(m, q);
  const better = s.score > (res[4]?.score ?? 0);
  const k = `${data.notes.get(f.id)!.nameForm} ${m.name ? 'named' : 'nameless'} ${better ? 'WOULD-RANK' : 'no'}`;
  forms.set(k, (forms.get(k) ?? 0) + 1);
  if (better && shown++ < 6) console.log(JSON.stringify(f), '\n   ', JSON.stringify(m), s.score.toFixed(2), res[4]?.score.toFixed(2), index.candidates(q).length);
}
console.log({ total, notCand, forms: Object.fromEntries(forms) });
