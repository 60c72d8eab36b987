// The engine's Node-side helpers (file IO), for the runtime and tools: `import ... from '@suraksha/engine/node'`.
export { listStateSlugs, readStateSource, resolveStates } from './readStates';
export { loadPlugins } from './loadPlugins';
