// The runtime's public entry points.
export { connectDatabase, databaseNameOf, type ConnectOptions, type Database } from './db/connect';
export { startEmbeddedMongo, ensureEmbeddedMongoBuilt, type EmbeddedMongo, type EmbeddedMongoOptions } from './db/startEmbeddedMongo';
