import { LockstepError, type SourceLocation } from '../core/errors.js';
import { redactUrl } from '../core/redact.js';

/** One member of a fleet: a database, or a schema inside one (docs/fleets.md#targets). */
export interface FleetTarget {
  /** Stable and password-free: the claim key in the coordinator and the name every report shows. */
  readonly key: string;
  readonly url: string;
  /** A schema target: search_path and history in this schema; undefined for a whole database. */
  readonly schema: string | undefined;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;

export function makeTarget(url: string, schema: string | undefined): FleetTarget {
  const shown = redactUrl(url);
  return { key: schema === undefined ? shown : `${shown}#${schema}`, url, schema };
}

/**
 * One line of a targets file (or one entry of `fleets.<name>.targets`): `<url>`, `<url> <schema>`, or `<schema>`
 * alone for a schema in `baseUrl`. A `#` at the start or after a space starts a comment; blank lines are
 * skipped (undefined).
 */
export function parseTargetLine(line: string, baseUrl: string | undefined, where: SourceLocation): FleetTarget | undefined {
  const text = line.replace(/(^|\s)#.*$/, '').trim();
  if (text === '') return undefined;
  const words = text.split(/\s+/);
  const [first = '', second, extra] = words;
  if (extra !== undefined) throw targetError(`expected "<url> [schema]" or "<schema>", got ${words.length} words`, where);
  const isUrl = first.includes('://');
  if (!isUrl && second !== undefined) throw targetError(`"${first}" is not a database URL (postgres://…)`, where);
  const schema = isUrl ? second : first;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw targetError(`"${schema}" is not a plain schema name`, where);
  if (isUrl) {
    if (!/^postgres(ql)?:\/\//i.test(first)) throw targetError(`unsupported URL scheme in "${redactUrl(first)}": fleet targets are PostgreSQL servers`, where);
    return makeTarget(first, schema);
  }
  if (baseUrl === undefined) {
    throw targetError(`schema target "${first}" needs a database: no --url, DATABASE_URL or config url is set`, where);
  }
  return makeTarget(baseUrl, schema);
}

function targetError(message: string, where: SourceLocation): LockstepError {
  return new LockstepError('LOCKSTEP_E_FLEET_TARGETS', `${where.line === undefined ? where.file : `${where.file}:${where.line}`}: ${message}`, {
    hint: 'A target line is "<postgres url>", "<postgres url> <schema>" or "<schema>" (a schema in the configured database); # starts a comment.',
    location: where,
  });
}

/** The same target listed twice would be claimed once but counted twice: refused, naming both places. */
export function uniqueTargets(entries: ReadonlyArray<{ readonly target: FleetTarget; readonly where: SourceLocation }>): FleetTarget[] {
  const seen = new Map<string, SourceLocation>();
  for (const { target, where } of entries) {
    const first = seen.get(target.key);
    if (first) {
      throw new LockstepError('LOCKSTEP_E_FLEET_TARGETS', `${where.file}${where.line === undefined ? '' : `:${where.line}`}: target ${target.key} is listed twice (first at line ${first.line ?? '?'})`, {
        hint: 'List each database or schema once.',
        location: where,
      });
    }
    seen.set(target.key, where);
  }
  return entries.map((e) => e.target);
}
