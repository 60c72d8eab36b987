// Everything a request handler needs, created once at start.
import type { Deployment } from '@suraksha/engine';
import type { Models } from './store/models';
import type { RecordService } from './records/recordService';
import type { RateLimiter } from './auth/rateLimit';
import type { MatchingService } from './matching/matchingService'; // matching

export interface Services {
  models: Models;
  states: Map<string, Deployment>;
  records: RecordService;
  loginLimiter: RateLimiter;
  log: (entry: Record<string, unknown>) => void;
  /** matching (src/matching): absent when the runtime was started without it. */
  matching?: MatchingService;
}
