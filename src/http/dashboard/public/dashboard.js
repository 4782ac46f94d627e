// @ts-check
// The dashboard of `lockstep serve`: reads GET /v1/matrix and draws it. Plain DOM, no framework and no
// third-party code: every value is inserted with textContent, never as HTML.

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

async function load() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch('/v1/matrix', { headers: token ? { authorization: `Bearer ${token}` } : {} });
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
      : el('div', {}, [`${s.applied} applied · ${s.pending} pending${s.partial ? ` · ${s.partial} partial` : ''}${s.changed ? ` · ${s.changed} changed` : ''}`]);
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

/** @param {any} data */
function renderPending(data) {
  const envs = data.environments.map((/** @type {any} */ e) => e.name);
  const pending = data.migrations.filter((/** @type {any} */ m) => envs.some((/** @type {string} */ n) => m.cells[n] && m.cells[n].state !== 'applied'));
  const box = byId('pending');
  if (pending.length === 0) return box.replaceChildren(el('p', { class: 'muted' }, ['Every environment is up to date.']));
  box.replaceChildren(...pending.map((/** @type {any} */ m) => {
    const where = envs.filter((/** @type {string} */ n) => m.cells[n] && m.cells[n].state !== 'applied').map((/** @type {string} */ n) => `${n} (${m.cells[n].state})`);
    const findings = (data.lint?.[m.version] ?? []).map((/** @type {any} */ f) => el('div', { class: `finding ${f.severity}` }, [`${f.severity} ${f.rule} ${f.file.split('/').pop()}:${f.line}:${f.column} — ${f.message}`]));
    const none = data.lint ? el('div', { class: 'finding muted' }, ['no lint findings']) : null;
    return el('div', {}, [el('strong', {}, [`${m.version} ${m.name}`]), ` — ${where.join(', ')}`, ...(findings.length ? findings : [none])]);
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

function refresh() {
  load().catch((err) => {
    byId('generated').textContent = `refresh failed: ${err.message}`;
  });
}

byId('login').addEventListener('submit', (ev) => {
  ev.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, /** @type {HTMLInputElement} */ (byId('token')).value.trim());
  refresh();
});
byId('refresh').addEventListener('click', refresh);
setInterval(refresh, REFRESH_MS);
refresh();
