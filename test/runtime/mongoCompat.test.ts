// Every query shape the runtime uses, run through mongoose 9 against the embedded server (mongo-java-server),
// or against a real MongoDB when MONGODB_URI is set. See shared/DESIGN.md, "Storage".
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../../runtime/src/db/connect';
import { startEmbeddedMongo } from '../../runtime/src/db/startEmbeddedMongo';

const external = Boolean(process.env.MONGODB_URI);
const FIRST_BUILD_MS = 600_000;

interface RecordDoc {
  _id: string;
  state: string;
  district: string;
  stage: string;
  assignees: string[];
  searchKeys: string[];
  name: string;
  forms: Record<string, { status: string; data?: Record<string, unknown> }>;
  nextDue: Date | null;
  createdAt: Date;
  caseNumber?: string;
  version: number;
}

interface CounterDoc {
  _id: string;
  seq: number;
}

interface UserDoc {
  _id: string;
  username: string;
  district?: string;
}

let database: Database;
let records: Model<RecordDoc>;
let counters: Model<CounterDoc>;
let users: Model<UserDoc>;

function defineModels(connection: Connection) {
  const recordSchema = new Schema<RecordDoc>(
    {
      _id: String,
      state: String,
      district: String,
      stage: String,
      assignees: [String],
      searchKeys: [String],
      name: String,
      forms: Schema.Types.Mixed,
      nextDue: { type: Date, default: null },
      createdAt: Date,
      caseNumber: String,
      version: Number,
    },
    { versionKey: false, autoIndex: false },
  );
  recordSchema.index({ caseNumber: 1 }, { unique: true, sparse: true });
  const userSchema = new Schema<UserDoc>({ _id: String, username: String, district: String }, { versionKey: false, autoIndex: false });
  userSchema.index({ username: 1 }, { unique: true });
  return {
    records: connection.model<RecordDoc>('records', recordSchema, 'records'),
    counters: connection.model<CounterDoc>('counters', new Schema<CounterDoc>({ _id: String, seq: Number }, { versionKey: false }), 'counters'),
    users: connection.model<UserDoc>('users', userSchema, 'users'),
  };
}

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

function record(id: string, overrides: Partial<RecordDoc> = {}): RecordDoc {
  return {
    _id: id,
    state: 'GJ',
    district: 'AHM',
    stage: 'intake',
    assignees: [],
    searchKeys: [],
    name: id,
    forms: {},
    nextDue: null,
    createdAt: day(1),
    version: 1,
    ...overrides,
  };
}

const ids = (docs: { _id: string }[]) => docs.map((d) => d._id).sort();

beforeAll(async () => {
  database = await connectDatabase({ uri: process.env.MONGODB_URI, dbName: `suraksha_compat_${randomUUID().slice(0, 8)}`, log: (line) => console.error(line) });
  ({ records, counters, users } = defineModels(database.connection));
  await records.createIndexes();
  await users.createIndexes();
}, FIRST_BUILD_MS);

afterAll(async () => {
  if (!database) return;
  if (external) await database.connection.dropDatabase().catch(() => undefined);
  await database.stop();
});

describe('mongoose 9 on the embedded database', () => {
  it('inserts one and many, finds by _id, and round-trips Gujarati, Bengali and Urdu strings', async () => {
    const names = { gu: 'રમેશ પટેલ', bn: 'সুমিতা দাস', ur: 'عائشہ خان' };
    await records.create(record('u-gu', { name: names.gu, forms: { form1: { status: 'draft', data: { note: `${names.gu} — ${names.ur}` } } } }));
    await records.insertMany([record('u-bn', { name: names.bn }), record('u-ur', { name: names.ur })]);
    const gu = await records.findOne({ _id: 'u-gu' }).lean();
    expect(gu?.name).toBe(names.gu);
    expect(gu?.forms.form1?.data?.note).toBe(`${names.gu} — ${names.ur}`);
    expect((await records.findById('u-bn').lean())?.name).toBe(names.bn);
    // Equality on a non-Latin value goes through the query matcher too, not only the document store.
    expect((await records.findOne({ name: names.ur }).lean())?._id).toBe('u-ur');
    expect(await records.findOne({ _id: 'u-missing' }).lean()).toBeNull();
  });

  describe('find', () => {
    beforeAll(async () => {
      await records.insertMany([
        record('f1', { district: 'AHM', stage: 'intake', assignees: ['u1', 'u2'], searchKeys: ['ramesh', 'patel'], nextDue: day(5), forms: { form17: { status: 'complete' } }, caseNumber: 'GJ/AHM/2026/1' }),
        record('f2', { district: 'SRT', stage: 'cwc', assignees: ['u2'], searchKeys: ['rameshwar'], nextDue: day(10), forms: { form17: { status: 'draft' } } }),
        record('f3', { district: 'AHM', stage: 'closed', assignees: [], searchKeys: ['aramesh'], nextDue: null, forms: {} }),
        record('f4', { state: 'WB', district: 'KOL', stage: 'intake', assignees: ['u1'], searchKeys: ['sumita'], nextDue: day(3) }),
      ]);
    });
    const inFind = { _id: { $in: ['f1', 'f2', 'f3', 'f4'] } };

    it('$in, $and, $or', async () => {
      expect(ids(await records.find({ ...inFind, district: { $in: ['SRT', 'KOL'] } }).lean())).toEqual(['f2', 'f4']);
      expect(ids(await records.find({ $and: [inFind, { state: 'GJ' }, { district: 'AHM' }] }).lean())).toEqual(['f1', 'f3']);
      expect(ids(await records.find({ $and: [inFind, { $or: [{ stage: 'cwc' }, { state: 'WB' }] }] }).lean())).toEqual(['f2', 'f4']);
      // The shape CASL's accessibleBy produces: $or of $and, nested inside the list filter's $and.
      const casl = { $or: [{ $and: [{ district: 'AHM' }, { stage: { $ne: 'closed' } }] }, { assignees: 'u2' }] };
      expect(ids(await records.find({ $and: [casl, inFind, { state: 'GJ' }] }).lean())).toEqual(['f1', 'f2']);
      expect(ids(await records.find({ ...inFind, stage: { $nin: ['intake', 'closed'] } }).lean())).toEqual(['f2']);
      expect(ids(await records.find({ ...inFind, $nor: [{ state: 'WB' }, { stage: 'closed' }] }).lean())).toEqual(['f1', 'f2']);
    });

    it('$lt and $lte on dates, and null dates never match', async () => {
      expect(ids(await records.find({ ...inFind, nextDue: { $lte: day(5) } }).lean())).toEqual(['f1', 'f4']);
      expect(ids(await records.find({ ...inFind, nextDue: { $lt: day(5) } }).lean())).toEqual(['f4']);
      expect(ids(await records.find({ ...inFind, nextDue: { $gt: day(3), $lte: day(10) } }).lean())).toEqual(['f1', 'f2']);
    });

    it('$exists', async () => {
      expect(ids(await records.find({ ...inFind, caseNumber: { $exists: true } }).lean())).toEqual(['f1']);
      expect(ids(await records.find({ ...inFind, caseNumber: { $exists: false } }).lean())).toEqual(['f2', 'f3', 'f4']);
      expect(ids(await records.find({ ...inFind, 'forms.form17': { $exists: true } }).lean())).toEqual(['f1', 'f2']);
    });

    it('$regex with an anchored prefix on an array of normalised keys', async () => {
      expect(ids(await records.find({ ...inFind, searchKeys: { $regex: '^ramesh' } }).lean())).toEqual(['f1', 'f2']);
      expect(ids(await records.find({ ...inFind, searchKeys: { $regex: '^rameshw' } }).lean())).toEqual(['f2']);
      expect(ids(await records.find({ ...inFind, searchKeys: { $regex: '^zz' } }).lean())).toEqual([]);
      // Two prefixes must both match (the list filter pushes one condition per query word).
      expect(ids(await records.find({ $and: [inFind, { searchKeys: { $regex: '^ram' } }, { searchKeys: { $regex: '^pat' } }] }).lean())).toEqual(['f1']);
    });

    it('nested-field equality and array element match', async () => {
      expect(ids(await records.find({ ...inFind, 'forms.form17.status': 'complete' }).lean())).toEqual(['f1']);
      expect(ids(await records.find({ ...inFind, 'forms.form17.status': { $in: ['draft', 'complete'] } }).lean())).toEqual(['f1', 'f2']);
      expect(ids(await records.find({ ...inFind, assignees: 'u1' }).lean())).toEqual(['f1', 'f4']);
      expect(ids(await records.find({ ...inFind, assignees: { $in: ['u2'] } }).lean())).toEqual(['f1', 'f2']);
    });

    it('sort + skip + limit, and countDocuments with the same filter', async () => {
      const page = (skip: number) => records.find(inFind).sort({ createdAt: -1, _id: 1 }).skip(skip).limit(2).lean();
      expect((await page(0)).map((d) => d._id)).toEqual(['f1', 'f2']);
      expect((await page(2)).map((d) => d._id)).toEqual(['f3', 'f4']);
      expect(await page(4)).toEqual([]);
      expect((await records.find(inFind).sort({ _id: -1 }).limit(3).lean()).map((d) => d._id)).toEqual(['f4', 'f3', 'f2']);
      // Overdue lists sort on nextDue: MongoDB orders null before any date.
      expect((await records.find(inFind).sort({ nextDue: 1, _id: 1 }).lean()).map((d) => d._id)).toEqual(['f3', 'f4', 'f1', 'f2']);
      expect(await records.countDocuments({ ...inFind, state: 'GJ' })).toBe(3);
      expect(await records.countDocuments({ $and: [inFind, { assignees: 'u1' }, { nextDue: { $lte: day(5) } }] })).toBe(2);
      expect(await records.countDocuments({ _id: 'nope' })).toBe(0);
    });

    it('projection keeps only the asked fields', async () => {
      const doc = await records.findOne({ _id: 'f1' }).select({ district: 1, 'forms.form17.status': 1 }).lean();
      expect(doc).toEqual({ _id: 'f1', district: 'AHM', forms: { form17: { status: 'complete' } } });
    });
  });

  it('updateOne with a version filter: the first attempt wins, a stale one matches nothing', async () => {
    await records.create(record('v1', { version: 3 }));
    const update = { $set: { stage: 'cwc', 'forms.form17.status': 'complete' }, $inc: { version: 1 } };
    const first = await records.updateOne({ _id: 'v1', version: 3 }, update);
    expect(first.matchedCount).toBe(1);
    expect(first.modifiedCount).toBe(1);
    const second = await records.updateOne({ _id: 'v1', version: 3 }, update);
    expect(second.matchedCount).toBe(0);
    const doc = await records.findById('v1').lean();
    expect(doc).toMatchObject({ stage: 'cwc', version: 4, forms: { form17: { status: 'complete' } } });
  });

  it('other updates the runtime uses: $addToSet, $unset, $set null, guarded $set on $exists: false', async () => {
    await records.create(record('w1', { assignees: ['u1'], caseNumber: undefined }));
    await records.updateOne({ _id: 'w1' }, { $addToSet: { assignees: 'u2' } });
    await records.updateOne({ _id: 'w1' }, { $addToSet: { assignees: 'u2' } });
    expect((await records.findById('w1').lean())?.assignees).toEqual(['u1', 'u2']);
    const numbered = await records.updateOne({ _id: 'w1', caseNumber: { $exists: false } }, { $set: { caseNumber: 'GJ/AHM/2026/77' } });
    expect(numbered.modifiedCount).toBe(1);
    const again = await records.updateOne({ _id: 'w1', caseNumber: { $exists: false } }, { $set: { caseNumber: 'GJ/AHM/2026/78' } });
    expect(again.matchedCount).toBe(0);
    await records.updateOne({ _id: 'w1' }, { $set: { nextDue: null }, $unset: { name: '' } });
    const doc = await records.findById('w1').lean();
    expect(doc?.caseNumber).toBe('GJ/AHM/2026/77');
    expect(doc?.nextDue).toBeNull();
    expect(doc && 'name' in doc).toBe(false);
  });

  it('findOneAndUpdate $inc with upsert returns the new value; 50 concurrent increments give 50 distinct values', async () => {
    const key = `GJ/AHM/${randomUUID()}`;
    const bump = () => counters.findOneAndUpdate({ _id: key }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' }).lean();
    const first = await bump();
    expect(first).toEqual({ _id: key, seq: 1 });
    const values = (await Promise.all(Array.from({ length: 50 }, bump))).map((doc) => doc?.seq);
    expect(new Set(values).size).toBe(50);
    expect([...values].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    expect((await counters.findById(key).lean())?.seq).toBe(51);
  });

  it('a unique index refuses duplicates with code 11000; a sparse unique index allows many missing values', async () => {
    const indexes = await users.collection.indexes();
    expect(indexes.find((i) => i.key.username === 1)?.unique).toBe(true);
    await users.create({ _id: 'dup1', username: 'gj.police.ahm' });
    const error = await users.create({ _id: 'dup2', username: 'gj.police.ahm' }).then(
      () => undefined,
      (e: unknown) => e as { code?: number },
    );
    expect(error?.code).toBe(11000);
    // insertMany and updates hit the same index.
    const manyError = await users.insertMany([{ _id: 'dup3', username: 'x' }, { _id: 'dup4', username: 'x' }]).then(
      () => undefined,
      (e: unknown) => e as { code?: number },
    );
    expect(manyError?.code).toBe(11000);
    const updateError = await users.updateOne({ _id: 'dup3' }, { $set: { username: 'gj.police.ahm' } }).then(
      () => undefined,
      (e: unknown) => e as { code?: number },
    );
    expect(updateError?.code).toBe(11000);
    // The same _id twice is a duplicate key too.
    const idError = await users.create({ _id: 'dup1', username: 'other' }).then(
      () => undefined,
      (e: unknown) => e as { code?: number },
    );
    expect(idError?.code).toBe(11000);
    // Records without a case number do not collide on the sparse unique index; equal case numbers do.
    await records.insertMany([record('s1'), record('s2')]);
    await records.create(record('s3', { caseNumber: 'GJ/AHM/2026/900' }));
    const caseError = await records.create(record('s4', { caseNumber: 'GJ/AHM/2026/900' })).then(
      () => undefined,
      (e: unknown) => e as { code?: number },
    );
    expect(caseError?.code).toBe(11000);
  });

  it('aggregate with $match, $group ($sum) and $sort', async () => {
    await records.insertMany([
      record('a1', { state: 'AG', district: 'X', stage: 'intake' }),
      record('a2', { state: 'AG', district: 'X', stage: 'cwc' }),
      record('a3', { state: 'AG', district: 'Y', stage: 'intake' }),
      record('a4', { state: 'AG', district: 'X', stage: 'intake' }),
      record('a5', { state: 'ZZ', district: 'X', stage: 'intake' }),
    ]);
    const byDistrict = await records.aggregate<{ _id: string; count: number }>([
      { $match: { state: 'AG' } },
      { $group: { _id: '$district', count: { $sum: 1 } } },
      { $sort: { count: -1 } },
    ]);
    expect(byDistrict).toEqual([
      { _id: 'X', count: 3 },
      { _id: 'Y', count: 1 },
    ]);
    const byStage = await records.aggregate<{ _id: { district: string; stage: string }; n: number }>([
      { $match: { state: 'AG', stage: { $in: ['intake', 'cwc'] } } },
      { $group: { _id: { district: '$district', stage: '$stage' }, n: { $sum: 1 } } },
      { $sort: { '_id.district': 1, '_id.stage': 1 } },
    ]);
    expect(byStage).toEqual([
      { _id: { district: 'X', stage: 'cwc' }, n: 1 },
      { _id: { district: 'X', stage: 'intake' }, n: 2 },
      { _id: { district: 'Y', stage: 'intake' }, n: 1 },
    ]);
  });

  it('deleteMany removes exactly the matching documents', async () => {
    await records.insertMany([record('d1', { state: 'DL' }), record('d2', { state: 'DL' }), record('d3', { state: 'DK' })]);
    const result = await records.deleteMany({ state: 'DL' });
    expect(result.deletedCount).toBe(2);
    expect(ids(await records.find({ state: { $in: ['DL', 'DK'] } }).lean())).toEqual(['d3']);
  });
});

describe.skipIf(external)('the embedded server process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'suraksha-compat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps what was written across a stop and a start on the same file', async () => {
    const file = join(dir, 'store.mv.db');
    const names = ['રમેશ', 'সুমিতা', 'عائشہ'];
    const first = await startEmbeddedMongo({ file });
    const one = await mongoose.createConnection(first.uri, { dbName: 'durable' }).asPromise();
    await one.collection('records').insertMany(names.map((name, i) => ({ _id: `r${i}` as never, name, at: day(i + 1) })));
    await one.collection('counters').findOneAndUpdate({ _id: 'c' as never }, { $inc: { seq: 7 } }, { upsert: true });
    await one.collection('records').createIndex({ name: 1 }, { unique: true });
    await one.close();
    await first.stop(); // Right after the writes: the store must flush on SIGTERM, not rely on a timer.
    expect(statSync(file).size).toBeGreaterThan(0);

    const second = await startEmbeddedMongo({ file });
    try {
      expect(second.port).toBeGreaterThan(0);
      const two = await mongoose.createConnection(second.uri, { dbName: 'durable' }).asPromise();
      const docs = await two.collection('records').find({}).sort({ _id: 1 }).toArray();
      expect(docs.map((d) => d.name)).toEqual(names);
      expect(docs[2]?.at).toEqual(day(3));
      expect((await two.collection('counters').findOne({ _id: 'c' as never }))?.seq).toBe(7);
      const duplicate = await two.collection('records').insertOne({ name: names[0] }).then(
        () => undefined,
        (e: unknown) => e as { code?: number },
      );
      expect(duplicate?.code).toBe(11000);
      await two.close();
    } finally {
      await second.stop();
    }
  });

  it('does not outlive a parent that is killed', async () => {
    const script = `
      import { startEmbeddedMongo } from ${JSON.stringify(fileURLToPath(new URL('../../runtime/src/db/startEmbeddedMongo.ts', import.meta.url)))};
      const server = await startEmbeddedMongo({});
      process.stdout.write('PORT ' + server.port + '\\n');
      setInterval(() => undefined, 1000);
    `;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /PORT (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    const reachable = async () => {
      const probe = mongoose.createConnection(`mongodb://127.0.0.1:${port}/`, { serverSelectionTimeoutMS: 1000 });
      try {
        await probe.asPromise();
        return true;
      } catch {
        return false;
      } finally {
        await probe.close().catch(() => undefined);
      }
    };
    expect(await reachable()).toBe(true);
    parent.kill('SIGKILL');
    let alive = true;
    for (let i = 0; i < 20 && alive; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      alive = await reachable();
    }
    expect(alive).toBe(false);
  });

  it('says what to install when java is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = dir; // No java here.
    try {
      await expect(startEmbeddedMongo({})).rejects.toThrow(/Java 17 is required for the embedded database.*MONGODB_URI/);
    } finally {
      process.env.PATH = path;
    }
  });
});
