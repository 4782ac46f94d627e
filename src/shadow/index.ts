export type { Shadow, ShadowOptions } from './types.js';
export { openShadow } from './open-shadow.js';
export { PGLITE_MAJOR } from './pglite-shadow.js';
export { templatePath } from './pglite-template.js';
