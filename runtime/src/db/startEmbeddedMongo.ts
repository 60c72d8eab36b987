// The embedded MongoDB-compatible server (runtime/embedded-mongo: mongo-java-server with its H2 backend), run as a
// child `java` process on a free loopback port. Built with Maven on first use. See runtime/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EmbeddedMongoOptions {
  /** File of the H2 store (created if missing); absent = in memory, gone when the server stops. */
  file?: string;
  /** Progress and diagnostic lines (the first build, the server's warnings). */
  log?: (line: string) => void;
}

export interface EmbeddedMongo {
  /** `mongodb://127.0.0.1:<port>/` */
  uri: string;
  port: number;
  /** Stops the server (SIGTERM, which flushes and closes the store; SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

const PROJECT_DIR = fileURLToPath(new URL('../../embedded-mongo/', import.meta.url));
const JAR = join(PROJECT_DIR, 'target', 'embedded-mongo.jar');
const DEPENDENCY_DIR = join(PROJECT_DIR, 'target', 'dependency');
/** Written after a successful build; its presence lets later builds run Maven offline (-o). */
const BUILT_STAMP = join(homedir(), '.m2', 'suraksha-embedded-mongo.built');
const LOCK_DIR = join(PROJECT_DIR, 'target', '.build-lock');
const SOURCES = [join(PROJECT_DIR, 'pom.xml'), join(PROJECT_DIR, 'src', 'main', 'java', 'suraksha', 'EmbeddedMongo.java')];

const MISSING_JAVA =
  'Java 17 is required for the embedded database; install openjdk-17-jre-headless and maven, or set MONGODB_URI';
const MISSING_MAVEN =
  'Maven is required to build the embedded database on first use; install maven (and openjdk-17-jre-headless), or set MONGODB_URI';
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const LOCK_STALE_MS = 15 * 60_000;

interface RunResult {
  code: number | null;
  output: string;
  missing: boolean;
}

/** Runs a command to completion, collecting its output; `missing` when the program is not installed. */
function run(command: string, args: string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    let output = '';
    let child: ChildProcess;
    try {
      child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch {
      resolve({ code: null, output: '', missing: true });
      return;
    }
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => resolve({ code: null, output: error.message, missing: error.code === 'ENOENT' }));
    child.on('close', (code) => resolve({ code, output, missing: false }));
  });
}

async function checkJava(): Promise<void> {
  const result = await run('java', ['-version']);
  if (result.missing) throw new Error(MISSING_JAVA);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (result.code !== 0 || !(major >= 17)) {
    throw new Error(`${MISSING_JAVA} (found: ${result.output.split('\n')[0]?.trim() || 'no usable java'})`);
  }
}

function isBuilt(): boolean {
  if (!existsSync(JAR) || !existsSync(DEPENDENCY_DIR)) return false;
  const built = statSync(JAR).mtimeMs;
  return SOURCES.every((source) => !existsSync(source) || statSync(source).mtimeMs <= built);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock directory so that parallel test workers do not run Maven on the same project at once. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK_DIR).mtimeMs > LOCK_STALE_MS) rmdirSync(LOCK_DIR);
      } catch {
        // Removed by its owner meanwhile.
      }
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    try {
      rmdirSync(LOCK_DIR);
    } catch {
      // Already gone.
    }
  }
}

async function mavenPackage(offline: boolean): Promise<RunResult> {
  const args = ['-B', '-q', '-Dstyle.color=never', ...(offline ? ['-o'] : []), 'package'];
  return run('mvn', args, PROJECT_DIR);
}

async function build(log: (line: string) => void): Promise<void> {
  await withBuildLock(async () => {
    if (isBuilt()) return; // Another process built it while this one waited.
    log('embedded database: building with Maven (first run only, this takes a while)…');
    const started = Date.now();
    let result = existsSync(BUILT_STAMP) ? await mavenPackage(true) : undefined;
    if (!result || result.code !== 0) {
      if (result?.missing) throw new Error(MISSING_MAVEN);
      result = await mavenPackage(false);
    }
    if (result.missing) throw new Error(MISSING_MAVEN);
    if (result.code !== 0 || !existsSync(JAR)) {
      const tail = result.output.trim().split('\n').slice(-30).join('\n');
      throw new Error(`embedded database: the Maven build in ${PROJECT_DIR} failed (exit ${result.code}); set MONGODB_URI to use another MongoDB.\n${tail}`);
    }
    try {
      mkdirSync(dirname(BUILT_STAMP), { recursive: true });
      writeFileSync(BUILT_STAMP, `${new Date().toISOString()}\n`);
    } catch {
      // Only an optimisation for later builds.
    }
    log(`embedded database: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

let building: Promise<void> | undefined;

/** Servers started by this process; SIGTERMed if it exits without stopping them (one listener for all). */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function killRunningOnExit(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/** Builds the Java part unless it is built and up to date (once per process, and under a lock across processes). */
export async function ensureEmbeddedMongoBuilt(log: (line: string) => void = () => undefined): Promise<void> {
  await checkJava();
  if (isBuilt()) return;
  building ??= build(log).finally(() => {
    building = undefined;
  });
  await building;
}

/** Starts the embedded server; resolves once it accepts connections. */
export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const log = options.log ?? (() => undefined);
  await ensureEmbeddedMongoBuilt(log);

  const args = ['-XX:+UseSerialGC', '-jar', JAR, '--host', '127.0.0.1', '--port', '0'];
  if (options.file) args.push('--file', options.file);
  // Own process group: a Ctrl-C in the terminal reaches the runtime, which then stops the database in order.
  // stdin stays a pipe: when this process dies in any way, the server sees end of file and exits.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    process.once('exit', killRunningOnExit);
    exitHookInstalled = true;
  }
  child.stdin?.on('error', () => undefined);

  const recentErrors: string[] = [];
  let stderrRest = '';
  // A failed "create" is held back one line: when it only says the collection exists (mongoose creates its
  // collections at every start), neither line is news.
  let heldCreate: string | undefined;
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = (stderrRest + chunk.toString()).split('\n');
    stderrRest = lines.pop() ?? '';
    for (const line of lines) {
      recentErrors.push(line);
      if (recentErrors.length > 40) recentErrors.shift();
      // Forward the server's own messages, not the stack traces under them.
      if (!line.trim() || /^\s+(at |\.\.\. \d+ more)/.test(line) || / - Closing \d+ clients$/.test(line)) continue;
      if (heldCreate !== undefined) {
        const held = heldCreate;
        heldCreate = undefined;
        if (line.includes('NamespaceExistsException')) continue;
        log(`embedded database: ${held}`);
      }
      if (line.includes('failed to handle {"create"')) heldCreate = line;
      else log(`embedded database: ${line}`);
    }
  });

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`embedded database: no LISTENING line within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^LISTENING (\d+)$/m.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(error.code === 'ENOENT' ? new Error(MISSING_JAVA) : error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`embedded database: the server exited before listening (${signal ?? `exit ${code}`})\n${recentErrors.join('\n')}`));
      });
    });
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  }
  child.stdout?.resume(); // Nothing more is expected there; keep the pipe drained.

  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (!stopping) log(`embedded database: the server stopped unexpectedly (${signal ?? `exit ${code}`})`);
  });

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          await exited;
          clearTimeout(killer);
        }
        child.stdin?.destroy();
      })();
      return stopping;
    },
  };
}
