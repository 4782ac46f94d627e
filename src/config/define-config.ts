import type { LockstepConfig } from './schema.js';

/**
 * Identity helper for `lockstep.config.ts` / `.mjs`: `export default defineConfig({ ... })` gives editor
 * completion and type errors for the config file; a function (sync or async) is accepted too and called
 * when the config is read. The file is still validated at run time, with every problem reported at once.
 */
export function defineConfig<T extends LockstepConfig | (() => LockstepConfig | Promise<LockstepConfig>)>(config: T): T {
  return config;
}
