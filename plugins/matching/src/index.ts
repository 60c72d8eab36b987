import type { EnginePlugin } from '@suraksha/engine';

export { nameKey, nameKeys, transliterate } from './nameKey';

/** The matching plugin (enable with "plugins": ["matching"]); its workflow actions come with the matching issue. */
export const matchingPlugin: EnginePlugin = { name: 'matching' };

export default matchingPlugin;
