// The alerts plugin: enabling it in a state's manifest turns on the runtime's alerts for that state.
import type { EnginePlugin } from '@suraksha/engine';

/** Alerts (enable with "plugins": ["alerts"]): due-soon and overdue deadlines, likely matches, monthly digests. */
export const alertsPlugin: EnginePlugin = { name: 'alerts' };

export default alertsPlugin;
