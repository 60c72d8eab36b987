// Everything a request handler needs, created once at start.
import type { Models } from './store/models';
import type { RecordService } from './records/recordService';
import type { RateLimiter } from './auth/rateLimit';
import type { StateRegistry } from './config/stateRegistry';
import type { MatchingService } from './matching/matchingService'; // matching

export interface Services {
  models: Models;
  /** The served states (current published versions) and their older versions: see config/stateRegistry. */
  states: StateRegistry;
  records: RecordService;
  loginLimiter: RateLimiter;
  log: (entry: Record<string, unknown>) => void;
  /** matching (src/matching): absent when the runtime was started without it. */
  matching?: MatchingService;
}
