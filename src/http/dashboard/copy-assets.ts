/**
 * Build step (`npm run build`, after tsc): copies the dashboard's static files next to the compiled
 * dashboard-route.js, so `lockstep serve` finds them in dist/ exactly as it does in src/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DASHBOARD_FILES } from './dashboard-route.js';

const from = new URL('../../../src/http/dashboard/public/', import.meta.url);
const to = new URL('./public/', import.meta.url);
mkdirSync(fileURLToPath(to), { recursive: true });
for (const name of Object.keys(DASHBOARD_FILES)) copyFileSync(new URL(name, from), new URL(name, to));
