// The served states: the current published version of each, older versions on demand, publishing, start-up seeding.
import {
  formatIssue,
  makeIssue,
  loadDeployment,
  type Deployment,
  type EnginePlugin,
  type Issue,
  type StateSource,
} from '@suraksha/engine';
import { listStateSlugs } from '@suraksha/engine/node';
import type { Connection } from 'mongoose';
import { createConfigModels, type ConfigModels, type ConfigVersionDoc, type VersionSource } from './configModels';
import {
  bumpVersions,
  hashFiles,
  inStateLayout,
  packFiles,
  readRepositoryState,
  toSource,
  unpackFiles,
  type ConfigFiles,
} from './bundle';
import { diffFiles, summarise, type FileDiff } from './jsonDiff';
import { problems } from '../http/problem';

/** What to publish. */
export interface PublishInput {
  code: string;
  slug: string;
  files: ConfigFiles;
  note: string;
  source: VersionSource;
  publishedBy: string;
}

export type PublishResult =
  | { ok: true; version: number; diff: FileDiff[]; bumped: { file: string; version: number }[]; deployment: Deployment }
  | { ok: false; issues: Issue[] };

// Compiled deployments are immutable: runtimes in one process (the tests start many) share them by content hash.
const compiled = new Map<string, { ok: true; deployment: Deployment } | { ok: false; issues: Issue[] }>();
const compiledLimit = 30;

function cacheKeyOf(key: string, plugins: readonly EnginePlugin[]): string {
  return `${plugins.map((p) => p.name).join(',')}:${key}`;
}

function compileCached(key: string, source: () => StateSource, plugins: readonly EnginePlugin[]) {
  const cacheKey = cacheKeyOf(key, plugins);
  const hit = compiled.get(cacheKey);
  if (hit) {
    compiled.delete(cacheKey);
    compiled.set(cacheKey, hit);
    return hit;
  }
  const result = loadDeployment(source(), { plugins });
  const entry = result.ok
    ? { ok: true as const, deployment: result.deployment }
    : { ok: false as const, issues: result.issues };
  if (compiled.size >= compiledLimit) compiled.delete(compiled.keys().next().value!);
  compiled.set(cacheKey, entry);
  return entry;
}

/** The state registry: a read-only map of the current deployments by code, plus versions and publishing. */
export class StateRegistry implements ReadonlyMap<string, Deployment> {
  private readonly served = new Map<string, { version: number; slug: string; deployment: Deployment }>();
  private readonly older = new Map<string, Promise<Deployment | undefined>>();
  private readonly olderLimit = 20;
  private readonly unservable = new Set<string>();

  constructor(
    readonly models: ConfigModels,
    readonly plugins: readonly EnginePlugin[],
    private readonly say: (line: string) => void = () => undefined,
  ) {}

  get size(): number {
    return this.served.size;
  }
  get(code: string): Deployment | undefined {
    return this.served.get(code)?.deployment;
  }
  has(code: string): boolean {
    return this.served.has(code);
  }
  keys(): MapIterator<string> {
    return this.served.keys();
  }
  values(): MapIterator<Deployment> {
    return new Map([...this.served].map(([k, s]) => [k, s.deployment])).values();
  }
  entries(): MapIterator<[string, Deployment]> {
    return new Map([...this.served].map(([k, s]) => [k, s.deployment])).entries();
  }
  forEach(fn: (value: Deployment, key: string, map: ReadonlyMap<string, Deployment>) => void): void {
    for (const [k, s] of this.served) fn(s.deployment, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, Deployment]> {
    return this.entries();
  }

  /** The published version being served for a state. */
  currentVersion(code: string): number | undefined {
    return this.served.get(code)?.version;
  }

  /** Slugs of the served states. */
  slugOf(code: string): string | undefined {
    return this.served.get(code)?.slug;
  }

  /** A state's deployment at a published version (the current one when `version` is missing); undefined if there is none. */
  async at(code: string, version?: number): Promise<Deployment | undefined> {
    const current = this.served.get(code);
    if (version === undefined || version === current?.version) return current?.deployment;
    const key = `${code}@${version}`;
    let loading = this.older.get(key);
    if (loading) this.older.delete(key);
    else
      loading = (async () => {
        const doc = await this.models.versions.findById(key).lean<ConfigVersionDoc>();
        if (!doc) return undefined;
        const result = this.compile(doc.slug, unpackFiles(doc.files), doc.hash);
        if (!result.ok)
          throw new Error(
            `version ${version} of ${code} no longer compiles: ${result.issues.map(formatIssue).slice(0, 3).join('; ')}`,
          );
        return result.deployment;
      })();
    this.remember(key, loading);
    // A version that does not exist (yet) is not remembered.
    loading.then((found) => found || this.older.delete(key), () => this.older.delete(key));
    return loading;
  }

  private remember(key: string, loading: Promise<Deployment | undefined>): void {
    this.older.set(key, loading);
    if (this.older.size > this.olderLimit) this.older.delete(this.older.keys().next().value!);
  }

  /** Compiles files (cached by content). */
  compile(slug: string, files: ConfigFiles, hash = hashFiles(files)) {
    return compileCached(hash, () => toSource(slug, files), this.plugins);
  }

  /** Every issue of a set of files for state `code`: misplaced paths, engine issues, a manifest for another state. */
  check(code: string, slug: string, files: ConfigFiles): { issues: Issue[]; deployment?: Deployment } {
    const misplaced: Issue[] = Object.keys(files)
      .filter((path) => !inStateLayout(slug, path))
      .map((path) => makeIssue(path, '', 'misplacedFile', 'file.outsideState', { slug }));
    if (misplaced.length > 0) return { issues: misplaced };
    const result = this.compile(slug, files);
    if (!result.ok) return { issues: result.issues };
    if (result.deployment.code !== code)
      return {
        issues: [
          makeIssue(`form-definitions/${slug}/state.json`, '/code', 'invalidValue', 'file.stateCodeChanged', { code }),
        ],
      };
    return { issues: [], deployment: result.deployment };
  }

  /** The newest published version of a state (with its files), or null. */
  async latest(code: string): Promise<ConfigVersionDoc | null> {
    return this.models.versions.findOne({ state: code }).sort({ version: -1 }).lean<ConfigVersionDoc>();
  }

  /** Publishes a new version if the files are valid, and serves it at once. */
  async publish(input: PublishInput): Promise<PublishResult> {
    const latest = await this.latest(input.code);
    const previous = latest ? unpackFiles(latest.files) : {};
    const { files, bumped } = bumpVersions(input.slug, previous, input.files);
    const checked = this.check(input.code, input.slug, files);
    if (!checked.deployment) return { ok: false, issues: checked.issues };
    const diff = diffFiles(previous, files);
    const version = (latest?.version ?? 0) + 1;
    try {
      await this.models.versions.create({
        _id: `${input.code}@${version}`,
        state: input.code,
        version,
        slug: input.slug,
        files: packFiles(files),
        note: input.note,
        source: input.source,
        publishedBy: input.publishedBy,
        publishedAt: new Date(),
        hash: hashFiles(files),
        sourceHash: hashFiles(input.files),
        summary: summarise(diff),
      });
    } catch (error) {
      if ((error as { code?: number }).code === 11000)
        throw problems.conflict(
          'Someone else published a version of this state at the same moment. Reload and publish again.',
        );
      throw error;
    }
    this.serve(input.code, input.slug, version, checked.deployment);
    return { ok: true, version, diff, bumped, deployment: checked.deployment };
  }

  private serve(code: string, slug: string, version: number, deployment: Deployment): void {
    const current = this.served.get(code);
    if (current && current.version > version) return;
    // The version being replaced stays at hand for the records that keep it.
    if (current && current.version < version) this.remember(`${code}@${current.version}`, Promise.resolve(current.deployment));
    this.served.set(code, { version, slug, deployment });
  }

  private serveStored(doc: ConfigVersionDoc): boolean {
    const result = this.compile(doc.slug, unpackFiles(doc.files), doc.hash);
    if (!result.ok) {
      this.say(
        `state ${doc.state} version ${doc.version} (published) is NOT served: it no longer compiles (${result.issues.length} issue(s)):`,
      );
      for (const issue of result.issues.slice(0, 20)) this.say(`  ${formatIssue(issue)}`);
      return false;
    }
    this.serve(doc.state, doc.slug, doc.version, result.deployment);
    return true;
  }

  /**
   * Start-up: each valid repository state is published as version 1 the first time, and again when its files changed
   * while the newest version still came from the repository; a version published in the designer wins over the
   * files (with a warning). States that exist only in the database are served too.
   */
  async seed(root: string): Promise<void> {
    for (const slug of listStateSlugs(root)) {
      const repository = readRepositoryState(root, slug);
      const manifest = repository.files[`form-definitions/${slug}/state.json`] as { code?: unknown } | undefined;
      const code = typeof manifest?.code === 'string' ? manifest.code : undefined;
      const result = compileCached(
        `raw:${hashFiles(Object.fromEntries(repository.source.files.map((f) => [f.path, f.text])))}`,
        () => repository.source,
        this.plugins,
      );
      const latest = code
        ? await this.models.versions
            .findOne({ state: code }, { files: 0 })
            .sort({ version: -1 })
            .lean<ConfigVersionDoc>()
        : null;
      if (!result.ok) {
        this.say(
          `state "${slug}" is NOT served from the repository: its configuration has ${result.issues.length} issue(s):`,
        );
        for (const issue of result.issues.slice(0, 50)) this.say(`  ${formatIssue(issue)}`);
        if (result.issues.length > 50)
          this.say(`  … and ${result.issues.length - 50} more (run npx suraksha validate ${slug})`);
        if (latest)
          await this.serveLatest(
            latest.state,
            `state ${latest.state}: serving published version ${latest.version} instead`,
          );
        continue;
      }
      const stateCode = result.deployment.code;
      const repoHash = hashFiles(repository.files);
      // The same JSON pretty-printed compiles to the same deployment: spare the second compile.
      if (repository.unparsable.length === 0) compiled.set(cacheKeyOf(repoHash, this.plugins), result);
      if (!latest) {
        await this.publishRepository(stateCode, slug, repository.files, 'first start');
      } else if (latest.source === 'repository' && latest.sourceHash !== repoHash) {
        const published = await this.publishRepository(stateCode, slug, repository.files, 'repository files changed');
        this.say(`state ${stateCode}: the repository files changed; published them as version ${published}`);
      } else {
        if (latest.source !== 'repository' && latest.hash !== repoHash && latest.sourceHash !== repoHash) {
          this.say(
            `warning: state ${stateCode} serves version ${latest.version} (published from the ${latest.source}); its repository files differ and are not served`,
          );
        }
        await this.serveLatest(stateCode);
      }
    }
    const stored: string[] = await this.models.versions.distinct('state');
    for (const code of stored) if (!this.served.has(code)) await this.serveLatest(code);
  }

  private async publishRepository(
    code: string,
    slug: string,
    files: ConfigFiles,
    note: string,
  ): Promise<number | undefined> {
    const published = await this.publish({ code, slug, files, note, source: 'repository', publishedBy: 'repository' });
    if (published.ok) return published.version;
    // Valid files can still fail once bumped only if a bumped version breaks a reference: serve what is stored.
    this.say(
      `state ${code}: the repository files could not be published: ${published.issues.map(formatIssue).slice(0, 5).join('; ')}`,
    );
    await this.serveLatest(code);
    return undefined;
  }

  /**
   * Serves versions published elsewhere — by the command line or another server on the same database — that are newer
   * than the ones served here. Returns the states that switched.
   */
  async refresh(): Promise<string[]> {
    const newest = await this.models.versions.aggregate<{ _id: string; version: number }>([{ $group: { _id: '$state', version: { $max: '$version' } } }]);
    const switched: string[] = [];
    for (const { _id: code, version } of newest) {
      // A version that does not compile is reported once, not at every refresh.
      if (version <= (this.currentVersion(code) ?? 0) || this.unservable.has(`${code}@${version}`)) continue;
      this.unservable.add(`${code}@${version}`);
      const doc = await this.models.versions.findOne({ _id: `${code}@${version}` }).lean<ConfigVersionDoc>();
      if (doc && this.serveStored(doc)) {
        this.unservable.delete(`${code}@${version}`);
        switched.push(code);
        this.say(`state ${code}: serving version ${version}, published from the ${doc.source}`);
      }
    }
    return switched;
  }

  private async serveLatest(code: string, message?: string): Promise<void> {
    const doc = await this.latest(code);
    if (doc && this.serveStored(doc) && message) this.say(message);
  }
}

/** Opens the registry on a database connection and seeds it from the repository at `root`. */
export async function openStates(
  connection: Connection,
  options: { root: string; plugins: readonly EnginePlugin[]; say?: (line: string) => void },
): Promise<StateRegistry> {
  const registry = new StateRegistry(await createConfigModels(connection), options.plugins, options.say);
  await registry.seed(options.root);
  return registry;
}
