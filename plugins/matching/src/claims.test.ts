// One child is one child: a candidate that another report's list gives most of its likelihood is listed lower.
import { describe, expect, it } from 'vitest';
import { candidateShares, claimBook, discountClaimed, rankWithClaims } from './claims';
import { createMatchIndex, findCandidates } from './matchIndex';
import type { ChildReport } from './profile';

const missing = (id: string, fields: Partial<ChildReport>): ChildReport => ({ id, kind: 'missing', sex: 'male', date: '2024-03-01', district: 'DHN', state: 'JH', ...fields });
const found = (id: string, fields: Partial<ChildReport>): ChildReport => ({ id, kind: 'found', sex: 'male', date: '2024-03-04', district: 'DHN', state: 'JH', ...fields });

describe('shares of a list', () => {
  it('gives a clear best candidate most of its list, and ten alike candidates little each', () => {
    const [clear, weak] = candidateShares([0.999, 0.3]);
    expect(clear).toBeGreaterThan(0.99);
    expect(weak).toBeLessThan(0.01);
    for (const share of candidateShares(Array.from({ length: 10 }, () => 0.4))) expect(share).toBeLessThan(0.1);
    // "None of these" keeps its part: a lone candidate at 0.5 holds half.
    expect(candidateShares([0.5])[0]).toBeCloseTo(0.5, 6);
  });
});

describe('a claimed candidate', () => {
  const candidate = { id: 'M1', score: 0.7, features: [{ feature: 'age' as const }] };

  it('is discounted by the claim, at most 3 nats, and says why', () => {
    const listed = discountClaimed(candidate, { share: 0.9 });
    expect(listed.score).toBeCloseTo(1 / (1 + Math.exp(-(Math.log(0.7 / 0.3) + Math.log(0.1)))), 6);
    expect(listed.features.at(-1)).toMatchObject({ feature: 'claims', points: expect.any(Number), reason: { key: 'claims.other', params: { share: 90 } } });
    const certain = discountClaimed(candidate, { share: 1 });
    expect(certain.score).toBeCloseTo(1 / (1 + Math.exp(-(Math.log(0.7 / 0.3) - 3))), 6);
  });

  it('is unchanged without a claim or with a small one', () => {
    expect(discountClaimed(candidate, undefined)).toEqual(candidate);
    expect(discountClaimed(candidate, { share: 0.1 })).toEqual(candidate);
  });
});

describe('listing with the claims of other lists', () => {
  // Two boys of eight went missing in Dhanbad the same day. A found boy names himself, his father and his village:
  // he is Ravi. A boy found the next day says nothing; by age alone Ravi is a little likelier, but Ravi is found.
  const reports = [
    missing('ravi', { name: 'Ravi Mahto', age: 8, fatherName: 'Budhram Mahto', homeTown: 'Vill. Kusumdih, Dist. Dhanbad' }),
    missing('sonu', { name: 'Sonu Turi', age: 9, fatherName: 'Jagdish Turi', homeTown: 'Vill. Pathardih, Dist. Dhanbad' }),
  ];
  const index = createMatchIndex(reports);
  const talks = found('talks', { name: 'रवि', age: 8, fatherName: 'बुधराम', homeTown: 'कुसुमडीह' });
  const silent = found('silent', { age: 8, date: '2024-03-05' });
  const lists = [talks, silent].map((f) => [f.id, findCandidates(index, f, { limit: 10 })] as const);

  it('lists the unclaimed boy first for the silent one, and leaves the one who talks as he was', () => {
    const book = claimBook(lists);
    const [, silentList] = lists[1]!;
    expect(silentList.map((c) => c.id)).toEqual(['ravi', 'sonu']);
    const listed = rankWithClaims(silentList, (id) => book.claimOn(id, 'silent'));
    expect(listed.map((c) => c.id)).toEqual(['sonu', 'ravi']);
    expect(listed[1]!.features.find((f) => f.feature === 'claims')).toMatchObject({ reason: { key: 'claims.other' } });
    const [, talksList] = lists[0]!;
    expect(rankWithClaims(talksList, (id) => book.claimOn(id, 'talks')).map((c) => c.id)).toEqual(talksList.map((c) => c.id));
  });

  it('does not count a report’s own list as a claim', () => {
    const book = claimBook([lists[0]!]);
    expect(book.claimOn('ravi', 'talks')).toBeUndefined();
    expect(book.claimOn('ravi')).toMatchObject({ by: 'talks', share: expect.any(Number) });
    expect(book.claimOn('ravi')!.share).toBeGreaterThan(0.9);
  });
});
