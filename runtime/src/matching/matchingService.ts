// Matching in the runtime: an in-memory blocking index per state, built lazily from the database and kept up to
// date by reading the records changed since the last round (so several runtime instances stay in step); each
// changed missing or found report is matched against the other side in its state and in partner states, and the
// candidates are stored in `matches` as suggestions. Likely matches alert the officers of both records.
import type { Deployment } from '@suraksha/engine';
import { createMatchIndex, findCandidates, scoreMatch, type MatchIndex, type MatchProfile } from '@suraksha/plugin-matching';
import type { Models, StoredRecord } from '../store/models';
import { toCaseRecord } from '../records/storedRecord';
import { alertLikelyMatch } from '../alerts/likelyMatch';
import { matchId, type MatchDoc, type MatchModels } from './matchModel';
import { matchingOf, profileOf } from './profileOf';

/** Defaults of the manifest's `matching` settings. */
export const matchingDefaults = { minScore: 0.3, alwaysSuggest: 5, likelyScore: 0.8, limit: 10 } as const;

/**
 * Below this a candidate is not suggested even among a report's best: almost surely another child. Low, because a
 * child who gives no name, found elsewhere in the state a few months later, scores about 0.003 on age, sex, dates
 * and state alone when it is the right child.
 */
export const floorScore = 0.001;

// Records written in the same instant as the cursor (or by a slightly slower clock) are read again.
const overlapMs = 5_000;

interface StateIndex {
  index: MatchIndex;
  /** The profile each report was last matched with, to skip reports whose profile did not change. */
  matched: Map<string, string>;
}

/** Whether a state has a plugin on in its manifest. */
export function pluginOn(deployment: Deployment | undefined, plugin: string): boolean {
  return Boolean(deployment && (deployment.manifest.plugins ?? []).includes(plugin));
}

export class MatchingService {
  private readonly indexes = new Map<string, StateIndex>();
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    readonly models: Models,
    readonly store: MatchModels,
    private readonly states: ReadonlyMap<string, Deployment>,
    private readonly log: (entry: Record<string, unknown>) => void = () => undefined,
  ) {}

  /** Settings of a state's matching, with defaults. */
  settings(code: string) {
    return { ...matchingDefaults, ...this.states.get(code)?.manifest.matching };
  }

  /** The states whose reports a state's reports are matched with: itself, and partners that name each other. */
  partnersOf(code: string): string[] {
    const own = this.states.get(code);
    if (!pluginOn(own, 'matching')) return [];
    const partners = (own!.manifest.matching?.acrossStates ?? []).filter((other) => {
      const d = this.states.get(other);
      return pluginOn(d, 'matching') && (d!.manifest.matching?.acrossStates ?? []).includes(code);
    });
    return [code, ...partners];
  }

  /** Reads the records changed since the last round and matches them; rounds run one after another. */
  sync(): Promise<number> {
    const round = this.running.then(() => this.syncAll());
    this.running = round.catch((error: Error) => this.log({ level: 'error', msg: 'matching failed', error: error.stack ?? error.message }));
    return round;
  }

  /** Runs a round, but waits for it at most `ms` (a long first round of a big state does not hold a request up). */
  async syncWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.sync().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /** Runs `sync` every `intervalMs` until stopped. */
  start(intervalMs: number) {
    const timer = setInterval(() => void this.sync().catch(() => undefined), intervalMs);
    return {
      stop: async () => {
        clearInterval(timer);
        await this.running;
      },
    };
  }

  private async syncAll(): Promise<number> {
    let matched = 0;
    for (const [code, deployment] of this.states) {
      if (!pluginOn(deployment, 'matching')) continue;
      for (const partner of this.partnersOf(code)) await this.indexOf(partner);
      matched += await this.syncState(code, deployment);
    }
    return matched;
  }

  private recordTypes(deployment: Deployment): string[] {
    return deployment.manifest.recordTypes.filter((rt) => matchingOf(deployment, rt.id)).map((rt) => rt.id);
  }

  /** The index of a state, built from every report of the state on first use. */
  private async indexOf(code: string): Promise<StateIndex | undefined> {
    const existing = this.indexes.get(code);
    if (existing) return existing;
    const deployment = this.states.get(code);
    if (!pluginOn(deployment, 'matching')) return undefined;
    // Scores use the state's neighbouring districts (a child found next door is likelier the child).
    const built: StateIndex = { index: createMatchIndex([], { neighbours: { [code]: deployment!.manifest.matching?.neighbours ?? {} } }), matched: new Map() };
    for await (const doc of this.models.records.find({ state: code, recordType: { $in: this.recordTypes(deployment!) } }).lean<StoredRecord>().cursor()) {
      const profile = profileOf(deployment!, toCaseRecord(doc as StoredRecord));
      if (profile) built.index.add(profile);
    }
    this.indexes.set(code, built);
    return built;
  }

  private async syncState(code: string, deployment: Deployment): Promise<number> {
    const state = (await this.indexOf(code))!;
    const cursor = await this.store.cursors.findById(code).lean();
    const since = cursor ? new Date(cursor.at.getTime() - overlapMs) : undefined;
    // Streamed: the first round of a state with many reports matches them all without holding them in memory.
    const docs = this.models.records
      .find({ state: code, recordType: { $in: this.recordTypes(deployment) }, ...(since ? { updatedAt: { $gte: since } } : {}) })
      .sort({ updatedAt: 1 })
      .lean<StoredRecord>()
      .cursor();
    let latest = cursor?.at;
    let matched = 0;
    for await (const raw of docs) {
      const doc = raw as StoredRecord;
      const profile = profileOf(deployment, toCaseRecord(doc));
      if (doc.updatedAt && (!latest || doc.updatedAt > latest)) latest = doc.updatedAt;
      if (!profile) continue;
      const signature = JSON.stringify(profile);
      if (state.matched.get(profile.id) === signature) continue;
      state.index.add(profile);
      await this.suggest(code, profile);
      state.matched.set(profile.id, signature);
      matched += 1;
    }
    if (latest) await this.store.cursors.updateOne({ _id: code }, { $set: { at: latest } }, { upsert: true });
    return matched;
  }

  /** Finds and stores the candidates of one report; refreshes or drops its earlier suggestions. */
  private async suggest(code: string, profile: MatchProfile): Promise<void> {
    const settings = this.settings(code);
    const ownId = profile.kind === 'missing' ? 'missingId' : 'foundId';
    if (await this.store.matches.exists({ [ownId]: profile.id, status: 'confirmed' })) return;
    const found = [];
    for (const partner of this.partnersOf(code)) {
      const index = this.indexes.get(partner)?.index;
      if (index) found.push(...findCandidates(index, profile, { limit: settings.limit, minScore: floorScore }));
    }
    found.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    // The best few are suggested even when weak (a child who gives no name has no strong candidate); the rest only
    // from minScore up.
    const candidates = found.slice(0, settings.limit).filter((c, rank) => rank < settings.alwaysSuggest || c.score >= settings.minScore);
    // Reports already matched to another child are not suggested again.
    const otherId = profile.kind === 'missing' ? 'foundId' : 'missingId';
    const taken = new Set((await this.store.matches.find({ [otherId]: { $in: candidates.map((c) => c.id) }, status: 'confirmed' }).select({ [otherId]: 1 }).lean<MatchDoc[]>()).map((m) => m[otherId]));
    const now = new Date();
    const kept = new Set<string>();
    for (const c of candidates) {
      if (taken.has(c.id)) continue;
      const [missing, found_] = profile.kind === 'missing' ? [profile, c.profile] : [c.profile, profile];
      const id = matchId(missing.id, found_.id);
      kept.add(id);
      await this.store.matches.updateOne(
        { _id: id },
        {
          $set: { score: c.score, features: c.features, updatedAt: now, missingDistrict: missing.district ?? '', foundDistrict: found_.district ?? '' },
          $setOnInsert: { missingId: missing.id, foundId: found_.id, missingState: missing.state ?? code, foundState: found_.state ?? code, status: 'suggested', createdAt: now },
          $addToSet: { suggestedBy: profile.kind },
        },
        { upsert: true },
      );
      // A decided pair keeps its status; only an open suggestion is rescored above.
      const stored = await this.store.matches.findById(id).lean<MatchDoc>();
      if (stored?.status === 'suggested' && c.score >= settings.likelyScore && !stored.alertedAt) await this.alert(stored);
    }
    await this.refreshOthers(profile, kept, settings.minScore);
  }

  /** Earlier suggestions of the report that are not among its candidates now: rescored, dropped below the minimum. */
  private async refreshOthers(profile: MatchProfile, kept: Set<string>, minScore: number): Promise<void> {
    const ownId = profile.kind === 'missing' ? 'missingId' : 'foundId';
    const stale = await this.store.matches.find({ [ownId]: profile.id, status: 'suggested', _id: { $nin: [...kept] } }).lean<MatchDoc[]>();
    for (const m of stale) {
      const otherId = profile.kind === 'missing' ? m.foundId : m.missingId;
      const index = this.indexes.get(profile.kind === 'missing' ? m.foundState : m.missingState)?.index;
      const other = index?.get(otherId);
      // Scored with the index's name, language and mark frequencies, as findCandidates scores.
      const scored = other && index ? (profile.kind === 'missing' ? scoreMatch(profile, other, index.scoreOptions) : scoreMatch(other, profile, index.scoreOptions)) : undefined;
      // A weak pair that the other report still lists among its own best stays for that report, no longer for this one.
      const otherSide = (m.suggestedBy ?? []).some((kind) => kind !== profile.kind);
      const update = { $set: { score: scored?.score, features: scored?.features, updatedAt: new Date() } };
      if (!scored || scored.excluded) await this.store.matches.deleteOne({ _id: m._id, status: 'suggested' });
      else if (scored.score >= minScore) await this.store.matches.updateOne({ _id: m._id, status: 'suggested' }, update);
      else if (otherSide) await this.store.matches.updateOne({ _id: m._id, status: 'suggested' }, { ...update, $pull: { suggestedBy: profile.kind } });
      else await this.store.matches.deleteOne({ _id: m._id, status: 'suggested' });
    }
  }

  /** Alerts the officers of both records of a likely match (once per pair and officer), in states with alerts on. */
  private async alert(match: MatchDoc): Promise<void> {
    const withAlerts = new Map([...this.states].filter(([, d]) => pluginOn(d, 'alerts')));
    if (withAlerts.size > 0) await alertLikelyMatch(this.models, { missingRecordId: match.missingId, foundRecordId: match.foundId, score: match.score }, { states: withAlerts });
    await this.store.matches.updateOne({ _id: match._id }, { $set: { alertedAt: new Date() } });
  }
}
