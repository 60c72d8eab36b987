// Delivers outbox messages (notifications, deadline alerts) through a pluggable transport; failures are retried.
import { appendFile } from 'node:fs/promises';
import type { Deployment } from '@suraksha/engine';
import type { Models, OutboxDoc } from '../store/models';

/** A delivery channel: the default writes one JSON line per message to a file. */
export interface Transport {
  name: string;
  deliver(message: { to: { userId: string; username: string; language: string }; text: string; outbox: OutboxDoc }): Promise<void>;
}

/** A transport that appends each message as a JSON line to a file (no external network). */
export function fileTransport(path: string): Transport {
  return {
    name: 'file',
    async deliver(message) {
      await appendFile(path, JSON.stringify({ at: new Date().toISOString(), to: message.to, text: message.text, template: message.outbox.template, recordId: message.outbox.recordId }) + '\n', 'utf8');
    },
  };
}

/** Delivers pending messages once: each to the active users of its roles in its district, in their language. */
export async function deliverPending(models: Models, states: ReadonlyMap<string, Deployment>, transport: Transport, limit = 100): Promise<number> {
  let delivered = 0;
  const pending = await models.outbox.find({ status: 'pending' }).sort({ createdAt: 1 }).limit(limit).lean<OutboxDoc[]>();
  for (const message of pending) {
    // Claim the message first so two workers never send it twice.
    const claimed = await models.outbox.updateOne({ _id: message._id, status: 'pending', attempts: message.attempts }, { $inc: { attempts: 1 } });
    if (claimed.modifiedCount === 0) continue;
    try {
      const deployment = states.get(message.state);
      // alerts (src/alerts): a message with a userId goes to that one user only.
      const users = message.userId
        ? await models.users.find({ _id: message.userId, state: message.state, active: true }).lean()
        : await models.users.find({ state: message.state, roles: { $in: message.roles }, active: true, ...(message.district ? { $or: [{ district: message.district }, { district: { $exists: false } }] } : {}) }).lean();
      for (const user of users) {
        const language = user.language ?? deployment?.translator.defaultLanguage ?? 'en';
        const text = deployment ? deployment.translator.t(language, message.template, message.params) : message.template;
        await transport.deliver({ to: { userId: user._id, username: user.username, language }, text, outbox: message });
      }
      await models.outbox.updateOne({ _id: message._id }, { $set: { status: 'sent', deliveredAt: new Date() } });
      delivered++;
    } catch (error) {
      const failed = message.attempts + 1 >= 5;
      await models.outbox.updateOne({ _id: message._id }, { $set: { status: failed ? 'failed' : 'pending', lastError: (error as Error).message } });
    }
  }
  return delivered;
}

/** Runs `deliverPending` every `intervalMs` until stopped. */
export function startOutboxWorker(models: Models, states: ReadonlyMap<string, Deployment>, transport: Transport, log: (entry: Record<string, unknown>) => void, intervalMs: number) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? 0 : deliverPending(models, states, transport))).catch((error: Error) => log({ level: 'error', msg: 'outbox delivery failed', error: error.message }));
  }, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
