export { configForEnvironment, resolveConfig } from './resolve-config.js';
export type { ConfigOverrides, ResolvedConfig } from './resolve-config.js';
export type { FileConfig, FleetConfig } from './schema.js';
export { CONFIG_FILES } from './config-file.js';
export { defineConfig } from './define-config.js';
export type { LockstepConfig } from './schema.js';
