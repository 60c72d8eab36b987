// Everything a request handler needs, created once at start.
import type { Deployment } from '@suraksha/engine';
import type { Models } from './store/models';
import type { RecordService } from './records/recordService';
import type { RateLimiter } from './auth/rateLimit';

export interface Services {
  models: Models;
  states: Map<string, Deployment>;
  records: RecordService;
  loginLimiter: RateLimiter;
  log: (entry: Record<string, unknown>) => void;
}
