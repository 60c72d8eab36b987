// A record's suggested matches as listed: each candidate's score discounted by the claim of another report of the
// record's kind whose own suggestions give that candidate most of their likelihood (plugins/matching claims.ts).
// Read from the stored suggestions when the list is read, so it holds whichever report was saved first.
import { claimBook, discountClaimed } from '@suraksha/plugin-matching';
import type { MatchDoc, MatchModels, StoredFeature } from './matchModel';

type Side = 'missing' | 'found';

/** The score and features of each suggested match of a record as listed, by match id; decided matches unchanged. */
export async function listedWithClaims(store: MatchModels, side: Side, ownId: string, matches: readonly MatchDoc[]): Promise<Map<string, { score: number; features: StoredFeature[] }>> {
  const own = side === 'missing' ? 'missingId' : 'foundId';
  const other = side === 'missing' ? 'foundId' : 'missingId';
  const suggested = matches.filter((m) => m.status === 'suggested');
  const out = new Map<string, { score: number; features: StoredFeature[] }>();
  if (suggested.length === 0) return out;
  // The other reports of this record's kind that suggest the same candidates, and all their suggestions.
  const rivals = await store.matches
    .find({ [other]: { $in: suggested.map((m) => m[other]) }, [own]: { $ne: ownId }, status: 'suggested' })
    .select({ [own]: 1 })
    .lean<MatchDoc[]>();
  const rivalIds = [...new Set(rivals.map((m) => m[own]))];
  const lists = new Map<string, { id: string; score: number }[]>();
  if (rivalIds.length > 0) {
    const theirs = await store.matches
      .find({ [own]: { $in: rivalIds }, status: 'suggested' })
      .select({ missingId: 1, foundId: 1, score: 1 })
      .lean<MatchDoc[]>();
    for (const m of theirs) {
      const list = lists.get(m[own]) ?? [];
      list.push({ id: m[other], score: m.score });
      lists.set(m[own], list);
    }
  }
  const book = claimBook(lists.entries());
  for (const m of suggested) {
    const listed = discountClaimed({ id: m[other], score: m.score, features: m.features }, book.claimOn(m[other], ownId));
    out.set(m._id, { score: listed.score, features: listed.features as StoredFeature[] });
  }
  return out;
}
