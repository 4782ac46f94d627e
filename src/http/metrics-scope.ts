/**
 * /metrics as a token may read it. A token reads the environments and fleets its `environments` list ("*": all of
 * them, as for every other read route), so a series labelled `environment` or `fleet` is sent only when the token
 * may read that environment or `fleet:<name>`. Series with neither label (the server's own HTTP counters) go to
 * every read token; HELP/TYPE lines are kept, so a family the token sees nothing of stays valid and empty.
 */
import { allows, type Principal } from './auth.js';

/** label="value" pairs of one sample line, with the exposition format's escapes (\\, \", \n) read back. */
function labelsOf(line: string): Map<string, string> {
  const out = new Map<string, string>();
  const open = line.indexOf('{');
  if (open < 0 || open > line.indexOf(' ')) return out;
  const pair = /\s*([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?/y;
  pair.lastIndex = open + 1;
  for (let m = pair.exec(line); m; m = pair.exec(line)) out.set(m[1] ?? '', (m[2] ?? '').replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)));
  return out;
}

export function metricsFor(text: string, who: Principal): string {
  if (who.environments.includes('*')) return text;
  return text
    .split('\n')
    .filter((line) => {
      if (line.startsWith('#') || line.trim() === '') return true;
      const labels = labelsOf(line);
      const environment = labels.get('environment');
      const fleet = labels.get('fleet');
      if (environment !== undefined && !allows(who, 'read', environment, false)) return false;
      return fleet === undefined || allows(who, 'read', `fleet:${fleet}`, false);
    })
    .join('\n');
}
