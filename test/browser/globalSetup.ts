// Browser tests need the built app: build it once (a fresh clone has no runtime/web/dist) before any test file runs.
import { ensureWebBuilt } from '../../runtime/src/ensureWebBuilt';

export default async function setup(): Promise<void> {
  await ensureWebBuilt((line) => console.log(line));
}
