// Runs the alert scans (deadlines, then monthly digests) at start and then every `intervalMs` until stopped.
import type { Deployment } from '@suraksha/engine';
import type { Models } from '../store/models';
import { scanDeadlines, type ScanResult } from './scanDeadlines';
import { sendMonthlyDigests } from './digest';

/** One round of every alert: deadlines due soon or overdue, then digests of last month not sent yet. */
export async function runAlerts(models: Models, states: ReadonlyMap<string, Deployment>, now: Date = new Date()): Promise<ScanResult & { digests: number }> {
  const deadlines = await scanDeadlines(models, states, now);
  const digests = await sendMonthlyDigests(models, states, now);
  return { ...deadlines, digests };
}

export function startAlertScanner(models: Models, states: ReadonlyMap<string, Deployment>, log: (entry: Record<string, unknown>) => void, intervalMs: number) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const round = () => {
    running = running
      .then(async () => {
        if (stopped) return;
        const result = await runAlerts(models, states);
        if (result.dueSoon + result.overdue + result.digests > 0) log({ level: 'info', msg: 'alerts sent', ...result });
      })
      .catch((error: Error) => log({ level: 'error', msg: 'alert scan failed', error: error.message }));
  };
  const first = setTimeout(round, 1000);
  const timer = setInterval(round, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
