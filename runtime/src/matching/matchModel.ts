// The `matches` collection: suggested, confirmed and rejected pairs of a missing and a found report, and the
// per-state cursor of the records matched so far.
import { createHash } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import type { FeatureScore } from '@suraksha/plugin-matching';

export type MatchStatus = 'suggested' | 'confirmed' | 'rejected' | 'closed';

/** A stored feature score; matches stored before reasons existed have only the English explanation. */
export type StoredFeature = Omit<FeatureScore, 'reason'> & Partial<Pick<FeatureScore, 'reason'>>;

/** One pair of a missing and a found report, with the matcher's score explained feature by feature. */
export interface MatchDoc {
  /** Derived from the pair, so a pair is stored once whichever side found it. */
  _id: string;
  missingId: string;
  foundId: string;
  missingState: string;
  foundState: string;
  missingDistrict: string;
  foundDistrict: string;
  score: number;
  features: StoredFeature[];
  status: MatchStatus;
  createdAt: Date;
  updatedAt: Date;
  /** Who confirmed or rejected it, when, and why. */
  decidedBy?: string;
  decidedAt?: Date;
  note?: string;
  /** The confirmed match that closed this suggestion. */
  closedBy?: string;
  /** When the officers were alerted of it as a likely match. */
  alertedAt?: Date;
  /** The sides whose own candidates list the pair ('missing', 'found'); older pairs have none. */
  suggestedBy?: string[];
}

/** How far the matcher has read the records of a state (records updated at or after `at` are read again). */
export interface MatchCursorDoc {
  _id: string;
  at: Date;
}

export interface MatchModels {
  matches: Model<MatchDoc>;
  cursors: Model<MatchCursorDoc>;
}

/** The id of the pair (missing, found). */
export function matchId(missingId: string, foundId: string): string {
  return createHash('sha256').update(`${missingId}:${foundId}`).digest('hex').slice(0, 32);
}

const options = { versionKey: false as const, strict: 'throw' as const };

/** Creates the models on a connection and makes sure their indexes exist. */
export async function createMatchModels(connection: Connection): Promise<MatchModels> {
  const matches = new Schema<MatchDoc>(
    {
      _id: String,
      missingId: { type: String, required: true, index: true },
      foundId: { type: String, required: true, index: true },
      missingState: String,
      foundState: String,
      missingDistrict: String,
      foundDistrict: String,
      score: Number,
      features: { type: Schema.Types.Mixed, default: [] },
      status: { type: String, required: true },
      createdAt: Date,
      updatedAt: Date,
      decidedBy: String,
      decidedAt: Date,
      note: String,
      closedBy: String,
      alertedAt: Date,
      suggestedBy: { type: [String], default: undefined },
    },
    options,
  );
  const cursors = new Schema<MatchCursorDoc>({ _id: String, at: Date }, options);
  const models: MatchModels = {
    matches: connection.models.Match ? (connection.models.Match as Model<MatchDoc>) : connection.model<MatchDoc>('Match', matches, 'matches'),
    cursors: connection.models.MatchCursor ? (connection.models.MatchCursor as Model<MatchCursorDoc>) : connection.model<MatchCursorDoc>('MatchCursor', cursors, 'matchCursors'),
  };
  await Promise.all([models.matches.createIndexes(), models.cursors.createIndexes()]);
  return models;
}
