// Command line for published configuration: export a version as repository files, import files into the draft or publish them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'mongoose';
import { formatIssue, type EnginePlugin } from '@suraksha/engine';
import { loadPlugins } from '@suraksha/engine/node';
import { connectDatabase } from '../db/connect';
import { createConfigModels, type ConfigDraftDoc } from '../config/configModels';
import { StateRegistry } from '../config/stateRegistry';
import { packFiles, readRepositoryState } from '../config/bundle';
import { createModels } from '../store/models';
import { audit } from '../audit/audit';

const usage = `usage:
  npx tsx runtime/src/cli/configCli.ts export <CODE> [--version N] [--out DIR]
  npx tsx runtime/src/cli/configCli.ts import <DIR> <CODE> [--publish] [--note TEXT]`;

/** Parsed arguments: positional words and --options (flags without a value are "true"). */
function parseArgs(args: readonly string[]): { words: string[]; options: Map<string, string> } {
  const words: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) words.push(arg);
    else if (arg === '--publish') options.set('publish', 'true');
    else options.set(arg.slice(2), args[++i] ?? '');
  }
  return { words, options };
}

/** Runs one command on an open connection; returns the exit code. */
export async function runConfigCli(
  args: readonly string[],
  context: { connection: Connection; plugins: readonly EnginePlugin[]; say: (line: string) => void },
): Promise<number> {
  const { words, options } = parseArgs(args);
  const [command] = words;
  const config = await createConfigModels(context.connection);
  if (command === 'export' && words.length === 2) {
    const code = words[1]!;
    const version = options.has('version') ? Number(options.get('version')) : undefined;
    if (version !== undefined && !(Number.isInteger(version) && version > 0))
      return fail(context.say, `--version must be a positive whole number`);
    const doc = version
      ? await config.versions.findById(`${code}@${version}`).lean()
      : await config.versions.findOne({ state: code }).sort({ version: -1 }).lean();
    if (!doc) return fail(context.say, `state ${code} has no published version${version ? ` ${version}` : ''}`);
    const out = resolve(options.get('out') || '.');
    const texts = JSON.parse(doc.files) as Record<string, string>;
    for (const [path, text] of Object.entries(texts)) {
      const target = join(out, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    context.say(
      `wrote ${Object.keys(texts).length} files of ${code} version ${doc.version} (${doc.source}, ${doc.publishedAt.toISOString()}) under ${out}`,
    );
    return 0;
  }
  if (command === 'import' && words.length === 3) {
    const dir = resolve(words[1]!);
    const code = words[2]!;
    const latest = await config.versions.findOne({ state: code }, { slug: 1 }).sort({ version: -1 }).lean();
    const slug = latest?.slug ?? slugIn(dir, code);
    if (!slug)
      return fail(
        context.say,
        `no state ${code} in the database, and no form-definitions/<slug>/state.json with code "${code}" under ${dir}`,
      );
    const repository = readRepositoryState(dir, slug);
    if (repository.unparsable.length > 0)
      return fail(context.say, `not valid JSON: ${repository.unparsable.join(', ')}`);
    if (Object.keys(repository.files).length === 0)
      return fail(
        context.say,
        `no files of state ${code} under ${dir}/form-definitions/${slug} or ${dir}/workflows/${slug}`,
      );
    const registry = new StateRegistry(config, context.plugins, context.say);
    const models = await createModels(context.connection);
    const note = options.get('note') ?? '';
    if (options.has('publish')) {
      const published = await registry.publish({
        code,
        slug,
        files: repository.files,
        note,
        source: 'import',
        publishedBy: 'cli',
      });
      if (!published.ok) {
        for (const issue of published.issues) context.say(formatIssue(issue));
        return fail(context.say, `not published: ${published.issues.length} issue(s)`);
      }
      await audit(models, {
        state: code,
        action: 'config.publish',
        target: code,
        outcome: 'success',
        detail: { version: published.version, note, source: 'import', by: 'cli' },
      });
      context.say(
        `published ${code} version ${published.version} (${published.diff.length} file(s) changed${published.bumped.length ? `; versions raised: ${published.bumped.map((b) => `${b.file} → ${b.version}`).join(', ')}` : ''}); a running server serves it after its next start`,
      );
      return 0;
    }
    const current = await config.drafts.findById(code, { revision: 1 }).lean<ConfigDraftDoc>();
    const revision = (current?.revision ?? 0) + 1;
    await config.drafts.updateOne(
      { _id: code },
      {
        $set: {
          state: code,
          slug,
          baseVersion: latest ? (await registry.latest(code))!.version : 0,
          revision,
          files: packFiles(repository.files),
          updatedAt: new Date(),
          updatedBy: 'cli',
          source: 'import',
        },
      },
      { upsert: true },
    );
    await audit(models, {
      state: code,
      action: 'config.import',
      target: code,
      outcome: 'success',
      detail: { revision, files: Object.keys(repository.files).length, by: 'cli' },
    });
    const issues = registry.check(code, slug, repository.files).issues;
    for (const issue of issues) context.say(formatIssue(issue));
    context.say(
      `imported ${Object.keys(repository.files).length} files into the draft of ${code} (revision ${revision}, ${issues.length} issue(s)); publish it in the designer`,
    );
    return 0;
  }
  return fail(context.say, usage);
}

function fail(say: (line: string) => void, message: string): number {
  say(message);
  return 1;
}

/** The slug under `dir` whose state.json has this code. */
function slugIn(dir: string, code: string): string | undefined {
  const defs = join(dir, 'form-definitions');
  if (!existsSync(defs)) return undefined;
  return readdirSync(defs).find((slug) => {
    try {
      return (JSON.parse(readFileSync(join(defs, slug, 'state.json'), 'utf8')) as { code?: string }).code === code;
    } catch {
      return false;
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const say = (line: string) => process.stdout.write(line + '\n');
  const database = await connectDatabase({
    uri: process.env.MONGODB_URI,
    file: join(root, 'data', 'suraksha.mv.db'),
    dbName: 'suraksha',
  });
  const code = await runConfigCli(process.argv.slice(2), {
    connection: database.connection,
    plugins: await loadPlugins(join(root, 'plugins')),
    say,
  }).finally(() => database.stop());
  process.exit(code);
}
