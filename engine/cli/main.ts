// The implementers' command line: validate states, run their scenarios, report translation completeness.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, loadDeployment, reportCompleteness, runScenario, type Deployment, type EnginePlugin } from '../src/index';
import { loadPlugins } from './loadPlugins';
import { readStateSource, resolveStates } from './readStates';

const usage = `usage: suraksha <command> [--root DIR] [STATE...]

commands:
  validate       check each state's configuration; prints file:pointer message for every issue
  scenarios      run each state's scenario tests
  translations   translation completeness per state and language

STATE is a state code (GJ) or folder name (gujarat); default: every state under DIR (default: .)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return (console.log(usage), 0);
  let root = process.cwd();
  const names: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--root') root = resolve(rest[++i] ?? '.');
    else if (rest[i] === '--help' || rest[i] === '-h') return (console.log(usage), 0);
    else names.push(rest[i]!);
  }
  if (!command || !['validate', 'scenarios', 'translations'].includes(command)) {
    console.error(command ? `unknown command "${command}"\n\n${usage}` : usage);
    return 2;
  }
  const { slugs, unknown } = resolveStates(root, names);
  if (unknown.length > 0) {
    console.error(`no state named ${unknown.join(', ')} under ${root}`);
    return 1;
  }
  if (slugs.length === 0) {
    console.error(`no states found under ${root} (expected form-definitions/<state>/ and workflows/<state>/)`);
    return 1;
  }
  const plugins = await loadPlugins(fileURLToPath(new URL('../../plugins/', import.meta.url)));
  let failed = false;
  for (const slug of slugs) failed = !(await runCommand(command, root, slug, plugins)) || failed;
  return failed ? 1 : 0;
}

async function runCommand(command: string, root: string, slug: string, plugins: EnginePlugin[]): Promise<boolean> {
  const started = performance.now();
  const result = loadDeployment(readStateSource(root, slug), { plugins });
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    for (const issue of result.issues) console.log(formatIssue(issue));
    console.log(`✗ ${slug}: ${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}`);
    return false;
  }
  const d = result.deployment;
  if (command === 'validate') {
    console.log(`✓ ${d.code} (${slug}): valid in ${ms} ms — ${summary(d)}`);
    return true;
  }
  if (command === 'translations') return printTranslations(d);
  return printScenarios(d);
}

function summary(d: Deployment): string {
  const fields = [...d.forms.values()].reduce((n, f) => n + f.fields.length, 0);
  const stages = [...d.workflows.values()].reduce((n, w) => n + Object.keys(w.config.machine.states).length, 0);
  return `${d.forms.size} forms (${fields} fields), ${d.workflows.size} workflows (${stages} stages), ${Object.keys(d.roles.roles).length} roles, ${d.manifest.districts.length} districts, languages ${d.manifest.languages.join('/')}, ${d.usedKeys.size} translation keys, ${d.scenarios.length} scenarios`;
}

function printScenarios(d: Deployment): boolean {
  let passed = 0;
  for (const scenario of d.scenarios) {
    const result = runScenario(d, scenario);
    if (result.passed) passed++;
    console.log(`${result.passed ? '✓' : '✗'} ${d.code} ${result.id}: ${result.description}`);
    for (const step of result.steps.filter((s) => !s.ok)) console.log(`    step ${step.index + 1} (${step.step}): ${step.failures.join('; ')}`);
  }
  console.log(`${d.code}: ${passed}/${d.scenarios.length} scenarios passed`);
  return passed === d.scenarios.length;
}

function printTranslations(d: Deployment): boolean {
  const bundles = Object.fromEntries(d.manifest.languages.map((l) => [l, Object.fromEntries([...d.usedKeys].filter((k) => d.translator.has(l, k)).map((k) => [k, d.translator.t(l, k)]))]));
  for (const r of reportCompleteness(bundles, d.manifest.languages, d.usedKeys)) {
    console.log(`${d.code} ${r.language}: ${r.translated}/${r.total} keys (${((100 * r.translated) / Math.max(1, r.total)).toFixed(1)}%)${r.missing.length ? `, missing: ${r.missing.join(', ')}` : ''}`);
  }
  return true;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
