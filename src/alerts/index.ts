/** The alerts module's surface: what other modules may import. */
export type { Alerter } from './alerter.js';
export { createAlerter } from './alerter.js';
export type { DeliveryOptions } from './deliver-webhook.js';
