// The collections of published configuration versions (immutable) and of the one working draft per state.
import { Schema, type Connection, type Model } from 'mongoose';

/** Where a published version came from. */
export const versionSources = ['repository', 'designer', 'rollback', 'import', 'wizard'] as const;
export type VersionSource = (typeof versionSources)[number];

/** One published version of a state's configuration; inserted once, never updated. */
export interface ConfigVersionDoc {
  /** `<state>@<version>`: unique by construction, so two publishers cannot take the same number. */
  _id: string;
  state: string;
  version: number;
  slug: string;
  /** The files as a JSON string of `{ path: text }` (schemas hold keys that start with `$`, which a document cannot). */
  files: string;
  note: string;
  source: VersionSource;
  publishedBy: string;
  publishedAt: Date;
  /** Hash of the stored files, and of the files as given (before form and workflow versions were bumped). */
  hash: string;
  sourceHash: string;
  summary: { added: number; removed: number; changed: number };
}

/** The draft a state's admins edit; `revision` guards against overwriting someone else's save. */
export interface ConfigDraftDoc {
  _id: string;
  state: string;
  slug: string;
  baseVersion: number;
  revision: number;
  files: string;
  updatedAt: Date;
  updatedBy: string;
  /** Whether the draft was imported from a bundle or edited in the designer (the source of the version it becomes). */
  source?: 'designer' | 'import';
}

export interface ConfigModels {
  versions: Model<ConfigVersionDoc>;
  drafts: Model<ConfigDraftDoc>;
}

const options = { versionKey: false as const, strict: 'throw' as const };

/** Creates the configuration models on a connection (once per connection). */
export async function createConfigModels(connection: Connection): Promise<ConfigModels> {
  if (connection.models.ConfigVersion)
    return {
      versions: connection.models.ConfigVersion as Model<ConfigVersionDoc>,
      drafts: connection.models.ConfigDraft as Model<ConfigDraftDoc>,
    };
  const versions = new Schema<ConfigVersionDoc>(
    {
      _id: String,
      state: { type: String, required: true },
      version: { type: Number, required: true },
      slug: { type: String, required: true },
      files: { type: String, required: true },
      note: { type: String, default: '' },
      source: { type: String, enum: versionSources, required: true },
      publishedBy: String,
      publishedAt: Date,
      hash: String,
      sourceHash: String,
      summary: { added: Number, removed: Number, changed: Number },
    },
    options,
  );
  versions.index({ state: 1, version: -1 }, { unique: true });
  const drafts = new Schema<ConfigDraftDoc>(
    {
      _id: String,
      state: String,
      slug: String,
      baseVersion: Number,
      revision: Number,
      files: String,
      updatedAt: Date,
      updatedBy: String,
      source: String,
    },
    options,
  );
  const models: ConfigModels = {
    versions: connection.model<ConfigVersionDoc>('ConfigVersion', versions, 'configVersions'),
    drafts: connection.model<ConfigDraftDoc>('ConfigDraft', drafts, 'configDrafts'),
  };
  await Promise.all([models.versions.createIndexes(), models.drafts.createIndexes()]);
  return models;
}
