// @ts-check
// The dashboard of `lockstep serve`: reads GET /v1/matrix and draws it; on request, POST /v1/plan per
// environment for the verdicts of its pending migrations. Plain DOM, no framework and no third-party
// code: every value is inserted with textContent, never as HTML.

const TOKEN_KEY = 'lockstep.token';
const REFRESH_MS = 15_000;
const COLORS = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#db2777', '#0891b2'];

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {Array<Node | string | null | undefined>} [children]
 */
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** @param {string} tag @param {Record<string, string | number>} attrs */
function svg(tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** @param {number | null | undefined} ms */
function duration(ms) {
  if (ms === null || ms === undefined) return '';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)}s`;
  return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

/** @param {string | null | undefined} iso */
const when = (iso) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');

/** @returns {Record<string, string>} */
function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The last matrix drawn, so a finished plan can be drawn without asking for the matrix again. @type {any} */
let lastData = null;

async function load() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch('/v1/matrix', { headers: authHeaders() });
  if (res.status === 401 || res.status === 403) {
    const body = await res.json().catch(() => ({}));
    showLogin(token ? (body.error?.message ?? 'token refused') : '');
    return;
  }
  if (!res.ok) throw new Error(`GET /v1/matrix answered ${res.status}`);
  render(await res.json());
}

/** @param {string} message */
function showLogin(message) {
  byId('login').hidden = false;
  byId('content').hidden = true;
  byId('login-error').textContent = message;
}

/** @param {any} data */
function render(data) {
  lastData = data;
  byId('login').hidden = true;
  byId('content').hidden = false;
  byId('generated').textContent = `as of ${when(data.generatedAt)}`;
  renderEnvironments(data.environments);
  renderMatrix(data);
  renderDurations(data);
  renderPending(data);
  renderTimeline(data.events);
}

/** @param {any[]} envs */
function renderEnvironments(envs) {
  const box = byId('environments');
  box.replaceChildren(...envs.map((e) => {
    const s = e.summary;
    const title = el('h3', {}, [e.name, e.protected ? el('span', { class: 'badge' }, ['protected']) : null]);
    const line = e.error
      ? el('div', { class: 'error' }, [`${e.error.code}: ${e.error.message}`])
      : el('div', {}, [
        `${s.applied} applied · ${s.pending} pending`,
        // Failed migrations are pending too; the card shows them apart, in the failure colour.
        e.failed ? el('span', { class: 'failed', 'data-count': 'failed' }, [` (${e.failed} failed)`]) : null,
        `${s.partial ? ` · ${s.partial} partial` : ''}${s.changed ? ` · ${s.changed} changed` : ''}`,
      ]);
    return el('div', { class: 'card', 'data-env': e.name }, [title, el('div', { class: 'muted' }, [e.target ?? '']), line]);
  }));
}

/** @param {any} cell */
function cellNode(cell) {
  if (!cell) return el('span', { class: 'muted' }, ['—']);
  const label = cell.state === 'partial' && cell.partial ? `partial ${cell.partial.done}/${cell.partial.total}` : cell.state;
  const classes = ['cell', cell.state, cell.changed ? 'changed' : ''].join(' ').trim();
  const details = [];
  if (cell.appliedAt) details.push(el('small', {}, [when(cell.appliedAt)]));
  if (cell.appliedBy) details.push(el('small', {}, [`${cell.appliedBy}${cell.osUser ? ` (${cell.osUser}@${cell.host ?? '?'})` : ''}`]));
  if (cell.durationMs !== null && cell.state === 'applied') details.push(el('small', {}, [duration(cell.durationMs)]));
  if (cell.failedAt) details.push(el('small', {}, [when(cell.failedAt)]));
  if (cell.error) details.push(el('small', { class: 'reason' }, [cell.error.length > 60 ? `${cell.error.slice(0, 59)}…` : cell.error]));
  if (cell.changed) details.push(el('small', {}, ['file changed since applied']));
  if (cell.missingFile) details.push(el('small', {}, ['file missing']));
  const node = el('span', { class: classes, 'data-state': cell.state }, [label, ...details]);
  if (cell.error) node.title = cell.error;
  return node;
}

/** @param {any} data */
function renderMatrix(data) {
  const envs = data.environments.map((/** @type {any} */ e) => e.name);
  const head = el('tr', {}, [el('th', {}, ['version']), el('th', {}, ['name']), ...envs.map((/** @type {string} */ n) => el('th', { scope: 'col' }, [n]))]);
  const rows = data.migrations.map((/** @type {any} */ m) =>
    el('tr', { 'data-version': m.version }, [el('td', { class: 'version' }, [m.version]), el('td', {}, [m.name]), ...envs.map((/** @type {string} */ n) => el('td', { 'data-env': n }, [cellNode(m.cells[n])]))]),
  );
  byId('matrix').replaceChildren(el('thead', {}, [head]), el('tbody', {}, rows.length ? rows : [el('tr', {}, [el('td', { colspan: String(envs.length + 2) }, ['No migrations.'])])]));
}

/** Horizontal bars: one group per migration, one bar per environment where it ran. @param {any} data */
function renderDurations(data) {
  const envs = data.environments.map((/** @type {any} */ e) => e.name);
  const rows = data.migrations.filter((/** @type {any} */ m) => envs.some((/** @type {string} */ n) => m.cells[n]?.durationMs != null));
  const box = byId('durations');
  if (rows.length === 0) return box.replaceChildren(el('p', { class: 'muted' }, ['Nothing applied yet.']));
  const max = Math.max(1, ...rows.flatMap((/** @type {any} */ m) => envs.map((/** @type {string} */ n) => m.cells[n]?.durationMs ?? 0)));
  const bar = 10, gap = 2, label = 220, width = 520, group = envs.length * (bar + gap) + 8;
  const chart = svg('svg', { width: label + width + 80, height: rows.length * group + 24, role: 'img', 'aria-label': 'duration per migration and environment' });
  envs.forEach((/** @type {string} */ n, i) => {
    chart.append(svg('rect', { x: label + i * 110, y: 2, width: 10, height: 10, fill: COLORS[i % COLORS.length] }));
    chart.append(Object.assign(svg('text', { x: label + i * 110 + 14, y: 11 }), { textContent: n }));
  });
  rows.forEach((/** @type {any} */ m, r) => {
    const top = 24 + r * group;
    chart.append(Object.assign(svg('text', { x: 0, y: top + 10 }), { textContent: `${m.version} ${m.name}`.slice(0, 34) }));
    envs.forEach((/** @type {string} */ n, i) => {
      const ms = m.cells[n]?.durationMs;
      if (ms == null) return;
      const y = top + i * (bar + gap);
      const w = Math.max(1, (ms / max) * width);
      chart.append(svg('rect', { x: label, y, width: w, height: bar, fill: COLORS[i % COLORS.length] }));
      chart.append(Object.assign(svg('text', { x: label + w + 4, y: y + 9 }), { textContent: duration(ms) }));
    });
  });
  box.replaceChildren(chart);
}

/** @param {any} cell */
const isPending = (cell) => Boolean(cell) && cell.state !== 'applied' && cell.state !== 'ignored';

/**
 * Plans by environment, asked for with a button: a plan rehearses every pending migration in a shadow
 * database, which takes seconds, so the matrix does not wait for it and its refresh does not repeat it.
 * @type {Map<string, { at: string, report?: any, error?: string }>}
 */
const plans = new Map();
/** @type {Set<string>} */
const planning = new Set();
const VERDICTS = { safe: 'safe', attention: 'needs attention', blocked: 'blocked' };

/** @param {string} envName */
async function requestPlan(envName) {
  planning.add(envName);
  renderPending(lastData);
  const at = new Date().toISOString();
  try {
    const res = await fetch('/v1/plan', { method: 'POST', headers: { 'content-type': 'application/json', ...authHeaders() }, body: JSON.stringify({ env: envName }) });
    const body = await res.json().catch(() => ({}));
    plans.set(envName, res.ok ? { at, report: body } : { at, error: body.error ? `${body.error.code}: ${body.error.message}` : `POST /v1/plan answered ${res.status}` });
  } catch (err) {
    plans.set(envName, { at, error: err instanceof Error ? err.message : String(err) });
  } finally {
    planning.delete(envName);
    renderPending(lastData);
  }
}

/** One button per environment with pending migrations, and the summary of its last plan. @param {string[]} envNames */
function planBar(envNames) {
  return el('div', { class: 'plan-bar' }, envNames.map((n) => {
    const button = el('button', { type: 'button', 'data-plan-env': n }, [planning.has(n) ? `Planning ${n}…` : `Plan ${n}`]);
    if (planning.has(n)) button.setAttribute('disabled', '');
    button.addEventListener('click', () => void requestPlan(n));
    const p = plans.get(n);
    const s = p?.report?.summary;
    const text = !p ? '' : p.error ? p.error : `${s.safe} safe · ${s.attention} needs attention · ${s.blocked} blocked (planned ${when(p.at)})`;
    const refusals = (p?.report?.refusals ?? []).map((/** @type {string} */ r) => el('div', { class: 'plan-reason blocked' }, [r]));
    return el('div', { class: 'plan-env', 'data-env': n }, [button, el('span', { class: p?.error ? 'error' : 'muted' }, [text]), ...refusals]);
  }));
}

/** The verdict of `version` in each environment's last plan. @param {string} version @param {string[]} envNames */
function verdictLines(version, envNames) {
  return envNames.map((n) => {
    const planned = plans.get(n)?.report?.migrations?.find((/** @type {any} */ x) => x.version === version);
    if (!planned) return null;
    const reasons = planned.reasons.map((/** @type {any} */ r) => {
      const where = r.location ? ` (${r.location.file.split('/').pop()}${r.location.line ? `:${r.location.line}` : ''})` : '';
      return el('div', { class: `plan-reason ${r.level}` }, [`${r.level === 'note' ? 'note: ' : ''}${r.message}${where}`]);
    });
    const label = /** @type {Record<string, string>} */ (VERDICTS)[planned.verdict] ?? planned.verdict;
    return el('div', { class: 'plan', 'data-env': n, 'data-verdict': planned.verdict }, [el('span', { class: `verdict ${planned.verdict}` }, [label]), ` on ${n}`, ...reasons]);
  });
}

/** @param {any} data */
function renderPending(data) {
  if (!data) return;
  const envs = data.environments.map((/** @type {any} */ e) => e.name);
  const pending = data.migrations.filter((/** @type {any} */ m) => envs.some((/** @type {string} */ n) => isPending(m.cells[n])));
  const box = byId('pending');
  if (pending.length === 0) return box.replaceChildren(el('p', { class: 'muted' }, ['Every environment is up to date.']));
  const readable = data.environments.filter((/** @type {any} */ e) => !e.error).map((/** @type {any} */ e) => e.name);
  const planEnvs = readable.filter((/** @type {string} */ n) => pending.some((/** @type {any} */ m) => isPending(m.cells[n])));
  box.replaceChildren(planBar(planEnvs), ...pending.map((/** @type {any} */ m) => {
    const pendingIn = envs.filter((/** @type {string} */ n) => isPending(m.cells[n]));
    const where = pendingIn.map((/** @type {string} */ n) => `${n} (${m.cells[n].state})`);
    const findings = (data.lint?.[m.version] ?? []).map((/** @type {any} */ f) => el('div', { class: `finding ${f.severity}` }, [`${f.severity} ${f.rule} ${f.file.split('/').pop()}:${f.line}:${f.column} — ${f.message}`]));
    const none = data.lint ? el('div', { class: 'finding muted' }, ['no lint findings']) : null;
    return el('div', { class: 'pending-item', 'data-version': m.version }, [el('strong', {}, [`${m.version} ${m.name}`]), ` — ${where.join(', ')}`, ...(findings.length ? findings : [none]), ...verdictLines(m.version, pendingIn)]);
  }));
}

/** @param {any[]} events */
function renderTimeline(events) {
  const head = el('tr', {}, ['at', 'environment', 'event', 'version', 'who', 'duration', 'error'].map((h) => el('th', {}, [h])));
  const rows = events.slice(0, 100).map((e) => el('tr', {}, [
    el('td', {}, [when(e.at)]), el('td', {}, [e.env]), el('td', { class: `kind ${e.kind}` }, [e.kind]), el('td', { class: 'version' }, [e.version ?? '']),
    el('td', {}, [`${e.dbUser ?? '?'} (${e.osUser ?? '?'}@${e.host ?? '?'})`]), el('td', {}, [duration(e.durationMs)]), el('td', { class: 'error' }, [(e.error ?? '').slice(0, 160)]),
  ]));
  byId('timeline').replaceChildren(el('thead', {}, [head]), el('tbody', {}, rows));
}

/** Fleets read every target's history: drawn on load and every FLEET_REFRESH_MS, not with each matrix refresh. */
const FLEET_REFRESH_MS = 60_000;
const FLEET_ROWS = 100;
let fleetsLoadedAt = 0;

async function loadFleets() {
  const res = await fetch('/v1/fleets', { headers: authHeaders() });
  if (!res.ok) return;
  const { fleets } = await res.json();
  byId('fleets-section').hidden = fleets.length === 0;
  const boxes = await Promise.all(fleets.map(async (/** @type {any} */ f) => {
    const one = await fetch(`/v1/fleets/${encodeURIComponent(f.name)}`, { headers: authHeaders() });
    if (!one.ok) return el('div', { class: 'error', 'data-fleet': f.name }, [`${f.name}: ${(await one.json().catch(() => ({}))).error?.message ?? one.status}`]);
    return renderFleet(await one.json());
  }));
  byId('fleets').replaceChildren(...boxes);
  fleetsLoadedAt = Date.now();
}

/** @param {any} t */
function fleetRank(t) {
  if (t.error) return 0;
  if (t.rollout?.state === 'failed') return 1;
  return t.pending > 0 || t.partial > 0 ? 2 : 3;
}

/** @param {any} fleet */
function renderFleet(fleet) {
  const s = fleet.summary;
  const r = fleet.rollout;
  const title = el('h3', {}, [fleet.fleet]);
  const line = el('div', {}, [
    `${s.total} targets · ${s.upToDate} up to date · ${s.behind} behind`,
    s.unreachable ? el('span', { class: 'failed' }, [` · ${s.unreachable} unreachable`]) : null,
    ` · ${fleet.versions.length} version(s)`,
    r ? ` · last rollout ${r.id} ${r.state}${r.stopReason ? ` (${r.stopReason})` : ''}` : '',
  ]);
  const head = el('tr', {}, [el('th', {}, ['target']), ...fleet.byMigration.map((/** @type {any} */ m) =>
    el('th', { scope: 'col', 'data-version': m.id }, [m.id, ...Object.entries(m.counts).map(([state, n]) => el('small', { class: `cell ${state}`, 'data-state': state }, [`${n} ${state}`]))]))]);
  const sorted = [...fleet.targets].sort((a, b) => fleetRank(a) - fleetRank(b));
  const rows = sorted.slice(0, FLEET_ROWS).map((/** @type {any} */ t) => {
    const failedHere = t.rollout?.state === 'failed';
    const cells = fleet.byMigration.map((/** @type {any} */ m) => {
      // failedAt is the server's answer (fleet-status.ts): only the migration the rollout failed at, not the ones after it.
      const state = t.error ? 'unreachable' : t.failedAt === m.id ? 'failed' : (t.states[m.id] ?? 'pending');
      const node = el('span', { class: `cell ${state}`, 'data-state': state }, [state]);
      if (state === 'failed' || state === 'unreachable') node.title = t.error?.message ?? t.rollout?.errorMessage ?? '';
      return el('td', {}, [node]);
    });
    const why = t.error ? `${t.error.code}` : failedHere ? `${t.rollout.errorCode ?? ''}` : '';
    return el('tr', { 'data-target': t.target }, [el('td', {}, [t.target, why ? el('small', { class: 'reason' }, [why]) : null]), ...cells]);
  });
  const more = sorted.length > FLEET_ROWS ? el('p', { class: 'muted' }, [`… and ${sorted.length - FLEET_ROWS} more targets (lockstep fleet status lists them all)`]) : null;
  return el('div', { class: 'fleet', 'data-fleet': fleet.fleet }, [title, line, el('div', { class: 'scroll' }, [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)])]), more]);
}

function refresh() {
  load().catch((err) => {
    byId('generated').textContent = `refresh failed: ${err.message}`;
  });
  if (Date.now() - fleetsLoadedAt >= FLEET_REFRESH_MS) loadFleets().catch(() => undefined);
}

byId('login').addEventListener('submit', (ev) => {
  ev.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, /** @type {HTMLInputElement} */ (byId('token')).value.trim());
  refresh();
});
byId('refresh').addEventListener('click', () => {
  fleetsLoadedAt = 0;
  refresh();
});
setInterval(refresh, REFRESH_MS);
refresh();
