// `npm run size`: gzip size of the JavaScript the caseworker app loads for a record page (entry chunk, its static
// imports, and one language bundle), from the build in runtime/web/dist (built first when stale).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuilt } from '../../runtime/src/ensureWebBuilt';
import { webDistDir } from '../../runtime/src/http/serveApp';

await ensureWebBuilt((line) => console.log(line));
const html = readFileSync(join(webDistDir, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('no entry script in runtime/web/dist/index.html');

const seen = new Set<string>();
const visit = (file: string) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(webDistDir, file), 'utf8');
  // Static imports only (`import ... from "./x.js"`); language bundles are dynamic and counted separately.
  for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(join('assets', match[1]!));
};
visit(entry);
const size = (file: string) => gzipSync(readFileSync(join(webDistDir, file)), { level: 9 }).length;
const language = readdirSync(join(webDistDir, 'assets')).find((f) => /^gu-.*\.js$/.test(f));
const files = [...seen, ...(language ? [join('assets', language)] : [])];
let total = 0;
for (const file of files) {
  const gz = size(file);
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  gzip total for a record page (target ≤ 250 kB)`);
