// Opens the runtime's database: the MongoDB at MONGODB_URI when given, else the embedded server (see README).
import mongoose, { type Connection } from 'mongoose';
import { startEmbeddedMongo, type EmbeddedMongo } from './startEmbeddedMongo';

export interface ConnectOptions {
  /** A MongoDB connection string; defaults to process.env.MONGODB_URI; when neither is set the embedded server runs. */
  uri?: string;
  /** H2 file of the embedded server (ignored with a URI); absent = in memory. */
  file?: string;
  /** Database name; defaults to the one in the URI, else "suraksha". */
  dbName?: string;
  log?: (line: string) => void;
}

export interface Database {
  uri: string;
  connection: Connection;
  /** Closes the connection, then stops the embedded server if one was started. */
  stop(): Promise<void>;
}

/** The database named in a connection string's path (`mongodb://h1,h2/name?…`), if any. */
export function databaseNameOf(uri: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]+)/.exec(uri);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

export async function connectDatabase(options: ConnectOptions = {}): Promise<Database> {
  const log = options.log ?? (() => undefined);
  const given = options.uri || process.env.MONGODB_URI || undefined;
  let embedded: EmbeddedMongo | undefined;
  let uri: string;
  if (given) {
    uri = given;
  } else {
    embedded = await startEmbeddedMongo({ file: options.file, log });
    uri = embedded.uri;
    log(`embedded database on ${uri}${options.file ? ` (file ${options.file})` : ' (in memory)'}`);
  }
  const dbName = options.dbName ?? databaseNameOf(uri) ?? 'suraksha';
  // No serverApi: the embedded server does not implement the versioned API (see shared/DESIGN.md, "Storage").
  const connection = mongoose.createConnection(uri, { dbName });
  try {
    await connection.asPromise();
  } catch (error) {
    await connection.close().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    uri,
    connection,
    stop() {
      stopped ??= (async () => {
        try {
          await connection.close();
        } finally {
          await embedded?.stop();
        }
      })();
      return stopped;
    },
  };
}
