// One child is one child: a missing child found once is not also another found child. When another report's
// candidate list gives a candidate most of its likelihood (a found boy who named his father and village, against
// this missing report), that candidate is less likely to be this report's child, and it is listed lower here.
// This is the one-to-one constraint of record linkage, applied once and softly, from the lists as they stand.
import type { FeatureScore } from './score';
import { hundredths } from './reason';

// A score s is a logistic of the total points: its log-odds ln(s / (1 − s)) is in nats.
const logOdds = (score: number): number => Math.log(Math.max(score, 1e-15) / Math.max(1 - score, 1e-15));
const logistic = (nats: number): number => 1 / (1 + Math.exp(-nats));
/** A point is 1/1.2 of a nat (see score.ts). */
const pointsPerNat = 1.2;
/** The log-odds of "none of these candidates" in a list: a lone candidate scoring 0.5 holds half of its list. */
const noneLogOdds = 0;
/** The most a claim takes away, in nats: another list is never certain, and the pair may still be shown. */
const largestDiscount = 3;
/** Shares below this are not claims: a list of ten alike candidates claims none of them. */
export const smallestClaim = 0.2;

/**
 * How much of a report's candidate list each candidate holds, against "none of these": a softmax of the scores'
 * log-odds with a "none" of log-odds 0. Tuned on the tuning seed (bench/matching.ts): −4 to +2 give the same recall.
 */
export function candidateShares(scores: readonly number[]): number[] {
  const odds = scores.map(logOdds);
  const top = Math.max(noneLogOdds, ...odds);
  const weights = odds.map((o) => Math.exp(o - top));
  const total = Math.exp(noneLogOdds - top) + weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => w / total);
}

/** A claim on a candidate: the largest share another report's list gives it. */
export interface Claim {
  share: number;
}

/** A candidate as ranked, with its score explained feature by feature. */
export interface Ranked {
  id: string;
  score: number;
  features: readonly Pick<FeatureScore, 'feature'>[];
}

/** A ranked candidate with the `claims` feature possibly added to its features. */
export type Listed<T extends Ranked> = Omit<T, 'features'> & { features: (T['features'][number] | FeatureScore)[] };

/**
 * A candidate's score discounted by the claim of another report: its log-odds lowered by ln(1 − share), at most by
 * 3 nats, and a `claims` feature saying so. No claim (or one below 0.2): the candidate unchanged.
 */
export function discountClaimed<T extends Ranked>(candidate: T, claim: Claim | undefined): Listed<T> {
  if (!claim || !(claim.share >= smallestClaim)) return { ...candidate, features: [...candidate.features] };
  const share = Math.min(claim.share, 1);
  const nats = Math.max(-largestDiscount, Math.log(1 - share));
  const points = Math.round(nats * pointsPerNat * 100) / 100;
  const percent = Math.round(share * 100);
  const feature: FeatureScore = {
    feature: 'claims',
    score: hundredths(1 - share),
    weight: 0,
    points,
    explanation: `another report's candidates give this report ${percent}% of their likelihood: more likely that child`,
    reason: { key: 'claims.other', params: { share: percent } },
  };
  return { ...candidate, score: logistic(logOdds(candidate.score) + nats), features: [...candidate.features.filter((f) => f.feature !== 'claims'), feature] };
}

/**
 * A report's candidates listed with other reports' claims: each candidate's score discounted by the largest share
 * that the list of another report of the same kind gives it (`claimOn`), best first. Ties keep the id order.
 */
export function rankWithClaims<T extends Ranked>(candidates: readonly T[], claimOn: (id: string) => Claim | undefined): Listed<T>[] {
  return candidates.map((c) => discountClaimed(c, claimOn(c.id))).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The claims of many lists, to ask for a candidate's claim by any report but one. */
export interface ClaimBook {
  /** The largest share a list other than `except`'s gives `id`, with the report whose list it is. */
  claimOn(id: string, except?: string): (Claim & { by: string }) | undefined;
}

/**
 * Claims from lists: `lists` gives reports with their candidates' ids and scores; for each candidate the two
 * largest shares are kept, so that a report's own list can be left out when its candidates are ranked.
 */
export function claimBook(lists: Iterable<readonly [report: string, candidates: readonly { id: string; score: number }[]]>): ClaimBook {
  const best = new Map<string, (Claim & { by: string })[]>();
  for (const [report, candidates] of lists) {
    const shares = candidateShares(candidates.map((c) => c.score));
    candidates.forEach((c, i) => {
      const share = shares[i]!;
      if (share < smallestClaim) return;
      const kept = best.get(c.id) ?? [];
      kept.push({ share, by: report });
      kept.sort((a, b) => b.share - a.share);
      best.set(c.id, kept.slice(0, 2));
    });
  }
  return { claimOn: (id, except) => best.get(id)?.find((c) => c.by !== except) };
}
