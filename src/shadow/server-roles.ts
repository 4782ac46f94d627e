/**
 * Roles and role memberships belong to the whole server, not to one database: pg_authid and pg_auth_members are
 * shared catalogs (https://www.postgresql.org/docs/current/user-manag.html). A `CREATE ROLE` or `GRANT role TO role`
 * that a rehearsal runs in a scratch database therefore creates them on the whole server, for the target too when it
 * lives there (`up` then fails with "role … already exists"). They have to run there (the statements after them
 * name the role), so a server shadow records the server's roles and memberships when it opens and removes, when it
 * is disposed, the ones that appeared since: it leaves the server as it found it.
 *
 * A role is identified by its oid, so a role dropped and created again under the same name is a new one. Nothing
 * records which session created a role, so "appeared since" is the test, with guards for other sessions that
 * create roles at the same time (another plan of the same migrations on this server, most often):
 * - DROP ROLE itself refuses while the role owns objects or holds privileges in any database of the server
 *   (https://www.postgresql.org/docs/current/sql-droprole.html; pg_shdepend records them): a role another database
 *   uses is never dropped. When only other Lockstep shadows use it, it is theirs to remove, and a note says so;
 *   otherwise a warning names it, where it is used, and the SQL to drop it;
 * - a role nothing uses, that none of our databases used, while another Lockstep shadow is open on the server, may
 *   be that one's (it may not have used it yet): it is left, with a warning.
 * A membership has no such record: one granted since between roles that were there is revoked, and one revoked
 * since is reported, not granted back.
 */
import { DbError, type Database, type Session } from '../db/index.js';

const APP = 'lockstep shadow';
/** undefined_object: the role is gone already (another session dropped it). */
const UNDEFINED_OBJECT = '42704';

interface Membership {
  /** `quote_ident`ed names. */
  readonly role: string;
  readonly member: string;
  readonly grantor: string;
  readonly roleId: string;
  readonly memberId: string;
  readonly admin: boolean;
}

/** The server's roles (oid → quoted name) and memberships (keyed by role, member and grantor oids) at one moment. Oids as text. */
export interface ServerRoles {
  readonly version: number;
  readonly roles: ReadonlyMap<string, string>;
  readonly memberships: ReadonlyMap<string, Membership>;
}

export async function readServerRoles(admin: Database): Promise<ServerRoles> {
  return withSession(admin, async (s) => {
    const v = await s.query<{ v: string }>(`select pg_catalog.current_setting('server_version_num') as v`);
    const roles = await s.query<{ oid: string; name: string }>('select oid::text as oid, pg_catalog.quote_ident(rolname) as name from pg_catalog.pg_roles');
    const members = await s.query<{ role_id: string; member_id: string; grantor_id: string; role: string; member: string; grantor: string; admin: boolean }>(
      `select m.roleid::text as role_id, m.member::text as member_id, m.grantor::text as grantor_id,
              pg_catalog.quote_ident(r.rolname) as role, pg_catalog.quote_ident(u.rolname) as member,
              coalesce(pg_catalog.quote_ident(g.rolname), '') as grantor, m.admin_option as admin
         from pg_catalog.pg_auth_members m
         join pg_catalog.pg_roles r on r.oid = m.roleid
         join pg_catalog.pg_roles u on u.oid = m.member
         left join pg_catalog.pg_roles g on g.oid = m.grantor`,
    );
    return {
      version: Number(v.rows[0]?.v ?? 0),
      roles: new Map(roles.rows.map((r) => [r.oid, r.name])),
      memberships: new Map(members.rows.map((m) => [
        `${m.role_id}/${m.member_id}/${m.grantor_id}`,
        { role: m.role, member: m.member, grantor: m.grantor, roleId: m.role_id, memberId: m.member_id, admin: m.admin },
      ])),
    };
  });
}

/** The roles that objects or privileges in these databases depend on (pg_shdepend): the ones they used. Read before they are dropped. */
export async function rolesUsedIn(admin: Database, databases: readonly string[]): Promise<Set<string>> {
  return withSession(admin, async (s) => {
    const res = await s.query<{ oid: string }>(
      `select distinct d.refobjid::text as oid from pg_catalog.pg_shdepend d join pg_catalog.pg_database b on b.oid = d.dbid
        where d.refclassid = 'pg_catalog.pg_authid'::regclass and b.datname = any($1::text[])`,
      [databases],
    );
    return new Set(res.rows.map((r) => r.oid));
  });
}

export interface UndoRoles {
  /** What the server had when the shadow opened (or at its checkpoint). */
  readonly since: ServerRoles;
  /** Roles our databases used (rolesUsedIn, before they were dropped). */
  readonly used: ReadonlySet<string>;
  /** Our databases, already dropped or about to be replaced: other Lockstep shadows are the ones not named here. */
  readonly own: readonly string[];
  /** Whether the rehearsed SQL names a role (ShadowOptions.rolesNamed); undefined: it may name any. */
  readonly named?: ((name: string) => boolean) | undefined;
}

/**
 * Revokes the memberships between roles that existed before, granted since; then drops the roles created since
 * (their memberships go with them). Resolves to the notes for the report: what was left on the server, and why.
 */
export async function undoServerRoles(admin: Database, undo: UndoRoles): Promise<string[]> {
  const now = await readServerRoles(admin);
  const notes: string[] = [];
  await withSession(admin, async (s) => {
    for (const m of changedMemberships(undo.since, now)) await revoke(s, m, now.version, notes);
    notes.push(...revokedMemberships(undo.since, now));
    const created = [...now.roles].filter(([oid]) => !undo.since.roles.has(oid));
    if (created.length === 0) return;
    const others = await otherShadows(s, undo.own);
    for (const [oid, name] of created) {
      const where = await databasesUsing(s, oid);
      if (where.length > 0 && where.every((d) => others.includes(d))) {
        notes.push(`role ${name}, created on the shadow's server during the rehearsal, is still used by another Lockstep shadow (${where.join(', ')}): it was left for that one to remove`);
      } else if (where.length === 0 && !undo.used.has(oid) && undo.named && !undo.named(unquoted(name))) {
        notes.push(`warning: role ${name} appeared on the shadow's server during the rehearsal, but nothing rehearsed uses it and the migrations do not name it: it was left, as another session's. If these migrations created it (with SQL built at run time), drop it: DROP ROLE ${name};`);
      } else if (where.length === 0 && !undo.used.has(oid) && others.length > 0) {
        notes.push(`warning: role ${name} appeared on the shadow's server during the rehearsal while another Lockstep shadow was open there (${others.join(', ')}); it may be that one's, so it was left. If these migrations created it, drop it: DROP ROLE ${name};`);
      } else {
        await dropRole(s, name, where, notes);
      }
    }
  });
  return notes;
}

/** Memberships granted since between roles that existed then, and the admin option added to one that existed. */
function changedMemberships(since: ServerRoles, now: ServerRoles): Array<Membership & { readonly adminOnly: boolean }> {
  const out: Array<Membership & { readonly adminOnly: boolean }> = [];
  for (const [key, m] of now.memberships) {
    if (!since.roles.has(m.roleId) || !since.roles.has(m.memberId)) continue; // goes with the new role
    const before = since.memberships.get(key);
    if (!before) out.push({ ...m, adminOnly: false });
    else if (m.admin && !before.admin) out.push({ ...m, adminOnly: true });
  }
  return out;
}

/**
 * Memberships that were there and are gone while both roles still are: REVOKE role is not run in a shadow
 * (sql/server-wide.ts), but a DO block or a function may revoke one. Not granted back, as another session may have
 * revoked it on purpose: a warning gives the SQL.
 */
function revokedMemberships(since: ServerRoles, now: ServerRoles): string[] {
  const out: string[] = [];
  for (const [key, m] of since.memberships) {
    if (now.memberships.has(key) || !now.roles.has(m.roleId) || !now.roles.has(m.memberId)) continue;
    out.push(`warning: the membership of ${m.member} in role ${m.role} was revoked on the shadow's server during the rehearsal (memberships are shared by the whole server): by the rehearsal, or by another session. If the rehearsal did it, grant it back: GRANT ${m.role} TO ${m.member}${m.admin ? ' WITH ADMIN OPTION' : ''}${since.version >= 160000 && m.grantor ? ` GRANTED BY ${m.grantor}` : ''};`);
  }
  return out;
}

async function revoke(s: Session, m: Membership & { readonly adminOnly: boolean }, version: number, notes: string[]): Promise<void> {
  // From PostgreSQL 16 a membership may be granted once per grantor (https://www.postgresql.org/docs/16/sql-revoke.html):
  // revoke the one granted since, not another grantor's.
  const by = version >= 160000 && m.grantor ? ` GRANTED BY ${m.grantor}` : '';
  const sql = `REVOKE ${m.adminOnly ? 'ADMIN OPTION FOR ' : ''}${m.role} FROM ${m.member}${by}`;
  try {
    await s.exec(sql);
  } catch (err) {
    notes.push(`warning: ${m.adminOnly ? 'the admin option of ' : ''}role ${m.role}, granted to ${m.member} on the shadow's server during the rehearsal, could not be revoked (${reason(err)}); revoke it: ${sql};`);
  }
}

/** DROP ROLE, which refuses while the role owns objects or holds privileges in any database (`where`, read before). */
async function dropRole(s: Session, name: string, where: readonly string[], notes: string[]): Promise<void> {
  try {
    await s.exec(`DROP ROLE ${name}`);
  } catch (err) {
    if (err instanceof DbError && err.sqlState === UNDEFINED_OBJECT) return;
    const detail = err instanceof DbError && err.detail ? `: ${err.detail.replace(/\n/g, '; ')}` : '';
    const used = where.length > 0 ? `; used in ${where.join(', ')}` : '';
    const first = where.length > 0 ? ` (first, in each database it is used in, any one for shared objects: REASSIGN OWNED BY ${name} TO <another role>; DROP OWNED BY ${name};)` : '';
    notes.push(`warning: role ${name}, created on the shadow's server during the rehearsal, could not be dropped (${reason(err)}${detail}${used}); it is still on that server. Drop it: DROP ROLE ${name};${first}`);
  }
}

/** The databases where objects or privileges depend on the role; "shared objects" for databases, tablespaces and parameters themselves. */
async function databasesUsing(s: Session, oid: string): Promise<string[]> {
  const res = await s.query<{ name: string }>(
    `select distinct coalesce(b.datname, 'shared objects') as name from pg_catalog.pg_shdepend d left join pg_catalog.pg_database b on b.oid = d.dbid
      where d.refclassid = 'pg_catalog.pg_authid'::regclass and d.refobjid = $1::oid order by 1`,
    [oid],
  );
  return res.rows.map((r) => r.name);
}

async function otherShadows(s: Session, own: readonly string[]): Promise<string[]> {
  const res = await s.query<{ name: string }>(
    `select datname as name from pg_catalog.pg_database where datname like 'lockstep\\_shadow\\_%' and not (datname = any($1::text[])) order by 1`,
    [own],
  );
  return res.rows.map((r) => r.name);
}

/** A quote_ident'ed name as written in SQL: "App Reader" → App Reader. */
function unquoted(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function withSession<T>(admin: Database, fn: (s: Session) => Promise<T>): Promise<T> {
  const session = await admin.connect(APP);
  try {
    return await fn(session);
  } finally {
    await session.release();
  }
}

/**
 * A server shadow's effect on the server's roles. `opened` is the state when the shadow opened; a checkpoint
 * records another, which a restore to it returns to (so that the migrations replayed after it can create their
 * roles again). Notes collect what could not be undone.
 */
export class ServerRoleTracker {
  /** Each once: a role left at a restore is still there at dispose. */
  private readonly left = new Set<string>();
  private checkpointed: ServerRoles | undefined;

  private constructor(private readonly admin: Database, private readonly opened: ServerRoles, private readonly named: ((name: string) => boolean) | undefined) {}

  static async open(admin: Database, named?: (name: string) => boolean): Promise<ServerRoleTracker> {
    return new ServerRoleTracker(admin, await readServerRoles(admin), named);
  }

  get notes(): readonly string[] {
    return [...this.left];
  }

  async checkpoint(): Promise<void> {
    this.checkpointed = await readServerRoles(this.admin);
  }

  /**
   * Runs `drop`, which drops or replaces `dropped` (of our databases, `own`), then removes what appeared on the
   * server since the checkpoint (`toCheckpoint`) or since the shadow opened. A failure of `drop` is thrown; one of
   * the removal is a note.
   */
  async around(drop: () => Promise<void>, dropped: readonly string[], own: readonly string[], toCheckpoint: boolean): Promise<void> {
    const since = (toCheckpoint ? this.checkpointed : undefined) ?? this.opened;
    let used: ReadonlySet<string> = new Set();
    try {
      used = await rolesUsedIn(this.admin, dropped);
    } catch {
      // Read only to tell our roles from another shadow's; without it a role none of ours used is left when another shadow is open.
    }
    await drop();
    try {
      for (const note of await undoServerRoles(this.admin, { since, used, own, named: this.named })) this.left.add(note);
    } catch (err) {
      this.left.add(`warning: the roles the rehearsal may have created on the shadow's server could not be checked (${reason(err)}); compare pg_roles there with what you expect`);
    }
  }
}
