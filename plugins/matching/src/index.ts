import type { EnginePlugin } from '@suraksha/engine';

export { nameKey, nameKeys, transliterate } from './nameKey';
export { coarseKey, skeleton, nameTokens, nameSimilarity, tokenSimilarity, weightedDistance, isPetNameOf } from './phonetic';
export { parseMarks, marksSimilarity, type Mark } from './marks';
export { disabilitiesOf, type Disability } from './disability';
export { parseClothing, clothingSimilarity, complexionOf, buildOf, type ClothingItem, type Complexion, type Build } from './clothing';
export { toMatchProfile, homeTokens, dayNumber, type ChildReport, type MatchProfile, type ReportKind, type Sex } from './profile';
export { scoreMatch, featureWeights, typicalNameFrequency, type FeatureName, type FeatureScore, type MatchScore, type ScoreOptions } from './score';
export type { Reason, ReasonParam } from './reason';
export { candidateShares, claimBook, discountClaimed, rankWithClaims, smallestClaim, type Claim, type ClaimBook, type Listed, type Ranked } from './claims';
export { createMatchIndex, findCandidates, type MatchIndex, type MatchCandidate, type FindOptions, type CandidateOptions, type IndexOptions } from './matchIndex';

/** The matching plugin (enable with "plugins": ["matching"]); its workflow actions come with the matching issue. */
export const matchingPlugin: EnginePlugin = { name: 'matching' };

export default matchingPlugin;
