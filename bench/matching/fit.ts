// Estimates matching weights on a tuning seed: for found reports with a true pair, the features of the true pair
// and of its hardest competitors are binned, and a conditional logit (softmax over each query's candidates) gives
// every bin its log-likelihood ratio in nats. Used to set the piecewise weights in plugins/matching/src/score.ts.
// Run: npx tsx bench/matching/fit.ts [--missing 100000] [--found 3000] [--seed 7]
import { createMatchIndex, findCandidates, type MatchProfile } from '@suraksha/plugin-matching';
import { buildSteps, clothingSimilarity, complexionSteps, itemKey, itemSimilarity } from '../../plugins/matching/src/clothing';
import { marksSimilarity } from '../../plugins/matching/src/marks';
import { isPetName, isPetNameOf, nameSimilarity, tokenSimilarity } from '../../plugins/matching/src/phonetic';
const p0 = 0.005;
import { daysPerYear } from '../../plugins/matching/src/profile';
import { nameAgreement } from '../../plugins/matching/src/score';
import { generate } from './generate';
import { loadGeography } from './states';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const geography = loadGeography();
const data = generate({ seed: arg('seed', 7), missing: arg('missing', 100_000), found: arg('found', 3000), ...geography, plain: process.argv.includes('--plain'), noAppearance: process.argv.includes('--no-appearance') });
const index = createMatchIndex(data.missing, { neighbours: geography.neighbours });
const options = index.scoreOptions;

// Token frequencies among the missing reports' names.
const df = new Map<string, number>();
for (const r of data.missing) {
  const p = index.get(r.id)!;
  for (const t of new Set(p.names.flat())) df.set(t, (df.get(t) ?? 0) + 1);
}

const langCount = new Map<string, number>();
const typeCount = new Map<string, number>();
let withLanguages = 0;
let withMarks = 0;
for (const r of data.missing) {
  const p = index.get(r.id)!;
  if (p.languages.length) withLanguages++;
  for (const l of p.languages) langCount.set(l, (langCount.get(l) ?? 0) + 1);
  if (p.marks.length) withMarks++;
  for (const t of new Set(p.marks.map((k) => k.type ?? ''))) typeCount.set(t, (typeCount.get(t) ?? 0) + 1);
}

const bins: string[] = [];
const binOf = new Map<string, number>();
const bin = (name: string): number => {
  let i = binOf.get(name);
  if (i === undefined) {
    i = bins.length;
    bins.push(name);
    binOf.set(name, i);
  }
  return i;
};
const cut = (x: number, edges: number[], label: string): string => {
  for (const e of edges) if (x <= e) return `${label}≤${e}`;
  return `${label}>${edges.at(-1)}`;
};

/** Active bins of a pair (and continuous extras as [bin, value]). */
function features(m: MatchProfile, f: MatchProfile): [number, number][] {
  const out: [number, number][] = [];
  const on = (name: string, v = 1): void => void out.push([bin(name), v]);
  if (m.names.length && f.names.length) {
    const a = nameAgreement(m, f);
    const pet = f.names.every(isPetName);
    const s = cut(a.sim, [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.999], `name${pet ? '-pet' : ''}${a.words >= 2 ? '2' : '1'}`);
    on(s);
    if (a.sim >= 0.8 && !pet) {
      // Rarity of each found token that agrees with a missing token: ln(p0 / p), p the smoothed share of reports
      // with the more common of the two tokens.
      let rarity = 0;
      for (const t of f.names.flat()) {
        let best = 0;
        let mt = '';
        for (const u of m.names.flat()) {
          const s = tokenSimilarity(t, u);
          if (s > best) [best, mt] = [s, u];
        }
        if (best < 0.85) continue;
        const d = Math.max(df.get(t) ?? 0, df.get(mt) ?? 0);
        rarity += Math.log(p0 / ((d + 1000 * p0) / (data.missing.length + 1000)));
      }
      on('name-rarity', rarity);
    }
    if (a.sim < 0.8) {
      const linked = m.names.some((x) => f.names.some((y) => (y.length === 1 && isPetNameOf(y[0]!, x[0]!)) || (x.length === 1 && isPetNameOf(x[0]!, y[0]!))));
      if (linked) on('name-petlink');
    }
  } else if (f.names.length === 0 && m.names.length) on('name-foundless');
  if (m.father.length && f.father.length) {
    const sim = nameSimilarity(m.father, f.father);
    on(cut(sim, [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.999], 'father'));
    if (sim >= 0.85) {
      let rarity = 0;
      for (const t of f.father) {
        let best = 0;
        let mt = '';
        for (const u of m.father) {
          const s = tokenSimilarity(t, u);
          if (s > best) [best, mt] = [s, u];
        }
        if (best >= 0.85) rarity += Math.log(0.005 / Math.max(options.fatherFrequency(t), options.fatherFrequency(mt)));
      }
      on('father-rarity', rarity);
    }
  }
  if (m.home.length && f.home.length) {
    let sim = 0;
    let rarity = 0;
    for (const t of f.home) {
      for (const u of m.home) {
        const s = tokenSimilarity(t, u);
        if (s > sim) sim = s;
        if (s >= 0.8) rarity = Math.max(rarity, Math.log(0.01 / Math.max(options.homeFrequency(t), options.homeFrequency(u))));
      }
    }
    on(cut(sim, [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.999], 'home'));
    if (sim >= 0.8) on('home-rarity', rarity);
  }
  if (f.age !== undefined && m.age !== undefined) {
    let expected = m.age;
    if (m.ageFromBirthDate && m.birthDay !== undefined && f.day !== undefined) expected = (f.day - m.birthDay) / daysPerYear;
    else if (m.day !== undefined && f.day !== undefined && f.day > m.day) expected += (f.day - m.day) / daysPerYear;
    on(cut(Math.abs(expected - f.age), [0.5, 1, 1.5, 2, 2.5, 3, 4, 5], `age${f.age < 6 ? '-young' : ''}`));
  }
  if (m.sex && f.sex) on(m.sex === f.sex ? 'sex=' : m.sex === 'transgender' || f.sex === 'transgender' ? 'sex~' : 'sex≠');
  if (m.day !== undefined && f.day !== undefined) on(cut(f.day - m.day, [7, 30, 60, 120, 180, 365, 730], 'gap'));
  const shared = m.placeTokens.some((t) => f.placeTokens.includes(t));
  if (m.district && f.district) {
    // Found at a railway station: the same district, next door and elsewhere in the state are fitted apart.
    const at = f.atStation ? '@stn' : '';
    if (m.district === f.district) on(shared ? `district=+loc${at}` : `district=${at}`);
    else if (m.state && m.state === f.state && options.neighbours(m.state, m.district, f.district)) on(`district~${at}`);
    else if (m.state === f.state) on(shared ? `state=+loc${at}` : `state=${at}`);
    else on(shared ? `state≠+loc${at}` : `state≠${at}`);
  }
  if (m.languages.length && f.languages.length) {
    const shared = m.languages.filter((l) => f.languages.includes(l));
    on(shared.length ? 'lang=' : 'lang≠');
    if (shared.length) on('lang-rarity', Math.max(...shared.map((l) => Math.log(0.3 / (langCount.get(l)! / withLanguages)))));
  }
  if (m.marks.length && f.marks.length && marksSimilarity(m.marks, f.marks) >= 0.55) {
    let rarity = 0;
    for (const a of m.marks) for (const b of f.marks) if (a.type && a.type === b.type && a.part === b.part) rarity = Math.max(rarity, Math.log(0.3 / (typeCount.get(a.type)! / withMarks)));
    on('marks-rarity', rarity);
  }
  if (m.marks.length && f.marks.length) on(cut(marksSimilarity(m.marks, f.marks), [0.05, 0.15, 0.35, 0.55, 0.65, 0.95], 'marks'));
  if (m.heightCm !== undefined && f.heightCm !== undefined) {
    const years = m.day !== undefined && f.day !== undefined && f.day > m.day ? (f.day - m.day) / daysPerYear : 0;
    const growth = f.heightCm - m.heightCm;
    const off = growth < -5 ? -5 - growth : growth > 7 * years + 5 ? growth - 7 * years - 5 : 0;
    on(cut(off, [0, 3, 6, 10], 'height'));
    // Growth expected from the age when missing: about 6.3 cm a year until 15 (girls) or 17 (boys).
    const stop = m.sex === 'female' ? 15 : m.sex === 'male' ? 17 : 16;
    const grown = m.age !== undefined ? 6.3 * Math.max(0, Math.min(years, stop - m.age)) : 6.3 * years;
    on(cut(growth - grown, [-10, -6, -3, 0, 3, 6, 10], 'growth'));
  }
  if (m.clothes.length && f.clothes.length) {
    const { best, second } = clothingSimilarity(m.clothes, f.clothes);
    const gap = m.day !== undefined && f.day !== undefined ? f.day - m.day : 999;
    on(cut(best, [0.05, 0.2, 0.35, 0.5, 0.65, 0.85, 0.99], `clothes${best < 0.3 && gap <= 7 ? '-soon' : ''}`));
    if (second >= 0.6) on('clothes-second');
    if (best >= 0.6) {
      let rarity = 0;
      for (const a of m.clothes) for (const b of f.clothes) if (a.garment && a.colour && itemSimilarity(a, b) >= 0.6) rarity = Math.max(rarity, Math.log(0.02 / Math.max(options.clothingFrequency(itemKey(a)), options.clothingFrequency(itemKey(b)))));
      on('clothes-rarity', rarity);
    }
  }
  if (m.complexion && f.complexion) on(`complexion${complexionSteps(m.complexion, f.complexion)}`);
  if (m.build && f.build) on(`build${buildSteps(m.build, f.build)}`);
  if (m.disabilities.length || f.disabilities.length) {
    const shared = m.disabilities.some((d) => f.disabilities.includes(d));
    on(shared ? 'disability=' : m.disabilities.length && f.disabilities.length ? 'disability≠' : f.disabilities.length ? 'disability-found-only' : 'disability-missing-only');
  }
  return out;
}

// Each query: the true pair first, then the current top 60 competitors and 60 random candidates.
const queries: [number, number][][][] = [];
let rng = 12345;
const rand = (): number => ((rng = (rng * 1103515245 + 12345) % 2147483648) / 2147483648);
for (const r of data.found) {
  const truth = data.truth.get(r.id);
  if (!truth) continue;
  const f = index.get(r.id) ?? createMatchIndex([r]).get(r.id)!;
  const cands = index.candidates(f);
  if (!cands.some((c) => c.id === truth)) continue;
  const top = findCandidates(index, f, { limit: 60 }).map((c) => c.profile);
  const others = [...top, ...Array.from({ length: 60 }, () => cands[Math.floor(rand() * cands.length)]!)].filter((c) => c.id !== truth);
  queries.push([features(index.get(truth)!, f), ...others.map((c) => features(c, f))]);
}

// Conditional logit by gradient descent (Adam), light L2.
const w = new Float64Array(bins.length);
const m1 = new Float64Array(bins.length);
const m2 = new Float64Array(bins.length);
const lr = 0.05;
for (let it = 1; it <= 400; it++) {
  const g = new Float64Array(bins.length);
  let loss = 0;
  for (const q of queries) {
    const s = q.map((fs) => fs.reduce((a, [b, v]) => a + w[b]! * v, 0));
    const mx = Math.max(...s);
    const e = s.map((x) => Math.exp(x - mx));
    const z = e.reduce((a, b) => a + b, 0);
    loss -= s[0]! - mx - Math.log(z);
    for (const [b, v] of q[0]!) g[b]! -= v;
    q.forEach((fs, i) => fs.forEach(([b, v]) => (g[b]! += (v * e[i]!) / z)));
  }
  for (let b = 0; b < bins.length; b++) {
    const grad = g[b]! / queries.length + 0.001 * w[b]!;
    m1[b] = 0.9 * m1[b]! + 0.1 * grad;
    m2[b] = 0.999 * m2[b]! + 0.001 * grad * grad;
    w[b]! -= (lr * (m1[b]! / (1 - 0.9 ** it))) / (Math.sqrt(m2[b]! / (1 - 0.999 ** it)) + 1e-8);
  }
  if (it % 100 === 0) console.log(`iteration ${it}: loss ${(loss / queries.length).toFixed(4)} over ${queries.length} queries`);
}
const count = new Float64Array(bins.length);
for (const q of queries) for (const [b] of q[0]!) count[b]!++;
for (const b of bins.map((_, i) => i).sort((a, b) => bins[a]!.localeCompare(bins[b]!))) {
  console.log(`${bins[b]!.padEnd(22)} ${w[b]!.toFixed(2).padStart(6)} nats  (true pairs ${count[b]})`);
}
