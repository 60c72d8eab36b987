// The reports plugin: enabling it in a state's manifest turns on the runtime's reports and dashboard for that state.
import type { EnginePlugin } from '@suraksha/engine';

/** Reports (enable with "plugins": ["reports"]): month-wise counts, stages, pendency, outcomes; CSV, XLSX, dashboard. */
export const reportsPlugin: EnginePlugin = { name: 'reports' };

export default reportsPlugin;
