/**
 * Flyway's built-in placeholders that depend on the run rather than on the file
 * (https://documentation.red-gate.com/fd/placeholders-184127473.html): the schema, user and database the migrations run
 * against, when they run and from where. The per-file ones (`flyway:filename`, `flyway:table`) are the loader's.
 * Values the config's `placeholders` gives win.
 */
export function flywayRunPlaceholders(url: string | undefined, cwd: string, now: Date = new Date()): Record<string, string> {
  const out: Record<string, string> = {
    // Flyway's default: flyway.defaultSchema, else the first of flyway.schemas, else the connection's current schema,
    // which is public on a server whose search_path is the default (no schema named after the user).
    'flyway:defaultSchema': 'public',
    'flyway:timestamp': stamp(now),
    'flyway:workingDirectory': cwd,
  };
  const target = connection(url);
  if (target?.user) out['flyway:user'] = target.user;
  if (target?.database) out['flyway:database'] = target.database;
  return out;
}

/** "2026-12-07 09:15:03", in the local time zone, as Flyway's yyyy-MM-dd HH:mm:ss. */
function stamp(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** The user and database a postgres:// URL names (without a database, libpq's default: the one named after the user). */
function connection(url: string | undefined): { user?: string; database?: string } | undefined {
  if (!url || !/^postgres(ql)?:\/\//i.test(url)) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const user = decodeURIComponent(u.username) || u.searchParams.get('user') || undefined;
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || u.searchParams.get('dbname') || user;
  return { ...(user ? { user } : {}), ...(database ? { database } : {}) };
}
