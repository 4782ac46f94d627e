/**
 * Flyway: `V<version>__<description>.sql` (versioned), `U<version>__<description>.sql` (its undo, used as the down),
 * `R__<description>.sql` (repeatable: applied after every versioned migration, and again whenever its checksum
 * changes). Undo scripts are a feature of Flyway's paid editions; Lockstep reads them as downs. Baseline migrations
 * (`B<version>__<description>.sql`, prefix `baselineMigrationPrefix`) are read as migrations marked `baseline`: which
 * one runs, if any, is decided with the history (plan/baseline-choice.ts). Callbacks (`beforeMigrate.sql`…) are listed
 * as ignored; Java (also Kotlin, Scala, Groovy) and shell-script migrations as unsupported (a Java class that returns `MigrationVersion.fromVersion("…")` has that version, whatever its name says).
 * Versions are numbers separated by `.` or `_` (`V1_1__x` is version 1.1), compared part by part as
 * integers. Locations are read with their subfolders; files that match no pattern are ignored. `${name}` placeholders
 * are replaced with the configured values; `<script>.conf` beside a script may say `executeInTransaction=false`.
 */
import { readFileSync } from 'node:fs';
import { LockstepError } from '../../core/errors.js';
import { listFolder, type Folder, type FolderEntry } from '../folder.js';
import type { Claim, Loaded } from '../loaded.js';
import type { MigrationSpec } from '../migration-spec.js';
import { readUnsupported } from '../module-file.js';
import type { IgnoredFile } from '../project.js';
import { readSeparateFiles } from '../up-down-files.js';
import { byString, type FolderRead, type ReadContext, type ToolReader } from './tool-reader.js';

const NAME = /^([VURB])([0-9][0-9._]*)?__(.*)\.(sql|java|kt|scala|groovy|class|sh|bash|cmd|bat|ps1|py)$/i;
/**
 * A Java migration's source or class file. Flyway runs the compiled class of any JVM language (a Kotlin `object` or
 * class extending BaseJavaMigration, as nemerosa/ontrack's `V11__….kt`, is one like any other), so its source file in
 * a location stands for a migration as a `.java` one does.
 */
const JVM_FILE = /\.(java|kt|scala|groovy|class)$/i;
const CALLBACK = /^(before|after)[A-Za-z]*(__.*)?\.sql$/;

interface Script {
  readonly kind: 'V' | 'U' | 'R' | 'B';
  readonly version: string;
  readonly description: string;
  readonly entry: FolderEntry;
  readonly code: boolean;
}

export const flywayReader: ToolReader = {
  tool: 'flyway',
  duplicateHint: 'Flyway refuses two migrations with the same version.',
  compare: (a, b) => compareFlyway(a, b),
  // Flyway compares versions part by part without trailing zeros: V1 and V1.0 are one version (an error).
  // A baseline migration and a versioned one may share a version (Flyway's docs, Concepts > Baseline migrations).
  identity: (c) => (c.id.startsWith('R__') ? c.id : isBaselineId(c.id) ? `B${flywayVersionKey(c.version)}` : flywayVersionKey(c.version)),
  async read(folder: Folder, ctx: ReadContext): Promise<FolderRead> {
    const ignored: IgnoredFile[] = [];
    const badNames: Loaded[] = [];
    const scripts = collect(folder, ctx.cwd, ignored, baselinePrefix(ctx), badNames);
    const undo = new Map(scripts.filter((s) => s.kind === 'U').map((s) => [flywayVersionKey(s.version), s]));
    const jobs = scripts.filter((s) => s.kind !== 'U').map((s) => readScript(s, undo.get(flywayVersionKey(s.version)), ctx));
    for (const u of undo.values()) {
      if (!scripts.some((s) => s.kind === 'V' && flywayVersionKey(s.version) === flywayVersionKey(u.version))) ignored.push({ path: u.entry.display, why: 'an undo script without its versioned script' });
    }
    return { loaded: [...(await Promise.all(jobs)), ...badNames], ignored };
  },
};

/** The id of a baseline migration: `B` and its version (`B5`, `B1.1`), apart from the versioned `5` it may sit beside. */
export const BASELINE_ID = /^B[0-9][0-9.]*$/;
export const isBaselineId = (id: string): boolean => BASELINE_ID.test(id);

function baselinePrefix(ctx: ReadContext): string {
  return ctx.baselineMigrationPrefix ?? 'B';
}

function readScript(s: Script, undo: Script | undefined, ctx: ReadContext): Promise<Loaded> {
  const repeatable = s.kind === 'R';
  const baseline = s.kind === 'B';
  const id = repeatable ? `R__${s.description}` : baseline ? `B${s.version}` : s.version;
  const spec: MigrationSpec = {
    tool: 'flyway', id, version: s.version, name: s.description, emptyUp: 'no-op', downs: undo ? 'optional' : 'none',
    repeatable, ...(baseline ? { baseline: true } : {}), toolMeta: { script: s.entry.name }, sources: ctx.sources,
  };
  if (s.entry.kind === 'broken') return Promise.resolve({ claim: { id, version: s.version, path: s.entry.display }, errors: s.entry.problem ? [s.entry.problem] : [] });
  if (s.code) return readUnsupported(s.entry, spec, JVM_FILE.test(s.entry.name) ? 'a Java migration, which only Flyway can run' : 'a Flyway script migration (a program Flyway runs), which only Flyway can run');
  const conf = scriptConf(s.entry);
  if (conf instanceof LockstepError) return Promise.resolve({ claim: { id, version: s.version, path: s.entry.display }, errors: [conf] });
  return readSeparateFiles(spec, {
    layout: 'pair',
    up: s.entry,
    down: undo?.entry,
    extra: conf ? [conf.file] : undefined,
    noTransaction: conf?.executeInTransaction === false ? `executeInTransaction=false in ${s.entry.display}.conf` : undefined,
    transform: conf?.placeholderReplacement === false ? undefined : (text, path, errors) => replacePlaceholders(text, path, { ...ctx.placeholders, 'flyway:filename': s.entry.name, 'flyway:table': 'flyway_schema_history' }, errors),
    // Flyway checksums a repeatable after replacing placeholders (a versioned script as written).
    checksumAsRun: repeatable,
  });
}

/** Every script in the location and its subfolders. */
function collect(folder: Folder, cwd: string, ignored: IgnoredFile[], bPrefix: string, bad: Loaded[]): Script[] {
  const out: Script[] = [];
  for (const entry of folder.entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.kind === 'directory') {
      out.push(...collect(listFolder(entry.absolute, cwd), cwd, ignored, bPrefix, bad));
      continue;
    }
    const b = baselineScript(entry, bPrefix, bad);
    if (b !== undefined) {
      if (b) out.push(b);
      continue;
    }
    const java = javaMigration(entry);
    if (java) {
      out.push(java);
      continue;
    }
    const m = NAME.exec(entry.name);
    const prefix = m?.[1];
    const version = (m?.[2] ?? '').replace(/_/g, '.').replace(/\.+$/, '');
    if (CALLBACK.test(entry.name)) {
      ignored.push({ path: entry.display, why: 'a Flyway callback script, which Lockstep does not run' });
      continue;
    }
    if (!m || (prefix !== 'V' && prefix !== 'U' && prefix !== 'R') || (prefix === 'R') !== (version === '')) {
      if (!entry.name.endsWith('.conf')) ignored.push({ path: entry.display, why: 'not named V<version>__<description>.sql, U…, or R__<description>.sql' });
      continue;
    }
    out.push({ kind: prefix, version, description: m[3] ?? '', entry, code: (m[4] ?? '').toLowerCase() !== 'sql' });
  }
  return out;
}

/**
 * A baseline migration: `<prefix><version>__<description>.sql` (Flyway's baselineMigrationPrefix, default `B`; checked
 * in Flyway's docs, Configuration > Baseline Migration Prefix, and flyway-core BaselineMigrationResolver, which reads
 * files with that prefix and the SQL suffix). Undefined: not one; false: one whose version cannot be read (an error,
 * in `bad`). A Java baseline migration is left to the patterns below (unsupported or ignored).
 */
function baselineScript(entry: FolderEntry, prefix: string, bad: Loaded[]): Script | false | undefined {
  if (!entry.name.startsWith(prefix) || !/\.sql$/i.test(entry.name)) return undefined;
  const rest = entry.name.slice(prefix.length, -'.sql'.length);
  const sep = rest.indexOf('__');
  if (sep < 0) return undefined;
  const raw = rest.slice(0, sep);
  // `Backfill__notes.sql` is not a baseline migration; `B__x.sql` and `B1.x__y.sql` are ones with a bad version.
  if (raw !== '' && !/^[0-9]/.test(raw)) return undefined;
  if (!/^[0-9]+([._][0-9]+)*$/.test(raw)) {
    bad.push({ errors: [new LockstepError('LOCKSTEP_E_BAD_FILE_NAME', `${entry.display}: the baseline migration's version ${JSON.stringify(raw)} is not a version Flyway reads (numbers separated by . or _)`, {
      hint: `Name it ${prefix}<version>__<description>.sql, e.g. ${prefix}5__baseline.sql, with the version of the last versioned migration it stands for.`,
      location: { file: entry.display },
    })] });
    return false;
  }
  const version = raw.replace(/_/g, '.');
  return { kind: 'B', version, description: rest.slice(sep + 2), entry, code: false };
}

const JAVA_NAME = /^V([0-9][0-9_]*?)_{1,2}([A-Za-z_$][\w$]*)\.(java|kt|scala|groovy)$/;
const JAVA_VERSION = /MigrationVersion\s*\.\s*fromVersion\s*\(\s*"([0-9][0-9._]*)"\s*\)/g;

/**
 * A Java migration whose class says its own version: Flyway takes a JavaMigration's version from its getVersion(),
 * which a class written against the interface overrides with `MigrationVersion.fromVersion("…")`; the class name then
 * need not follow `V<version>__<description>` (`V44_3_Backfill`) nor carry the same version (`V57_1__X` returning
 * 57.2). Without such a literal (a BaseJavaMigration), the name says the version, as for scripts.
 */
function javaMigration(entry: FolderEntry): Script | undefined {
  const m = entry.kind === 'file' ? JAVA_NAME.exec(entry.name) : null;
  if (!m) return undefined;
  let text: string;
  try {
    text = readFileSync(entry.absolute, 'utf8');
  } catch {
    return undefined;
  }
  const declared = new Set([...text.matchAll(JAVA_VERSION)].map((v) => (v[1] ?? '').replace(/_/g, '.').replace(/\.+$/, '')));
  const [version] = declared;
  if (declared.size !== 1 || version === undefined) return undefined;
  return { kind: 'V', version, description: m[2] ?? '', entry, code: true };
}

/** Version parts as integers, trailing zero parts dropped: Flyway treats 1.0 and 1 as the same version. */
export function flywayVersionKey(version: string): string {
  const parts = version.split('.').filter((p) => p !== '').map((p) => BigInt(p).toString());
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return parts.join('.');
}

/** Flyway's version order: part by part as integers, a missing part counting as 0 (1 = 1.0). */
export function compareFlywayVersions(a: string, b: string): number {
  const x = a.split('.').filter((p) => p !== '').map((p) => BigInt(p));
  const y = b.split('.').filter((p) => p !== '').map((p) => BigInt(p));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? 0n;
    const q = y[i] ?? 0n;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

function compareFlyway(a: Claim, b: Claim): number {
  const ra = a.id.startsWith('R__');
  const rb = b.id.startsWith('R__');
  if (ra !== rb) return ra ? 1 : -1;
  if (ra) return byString(a.id, b.id);
  const byVersion = compareFlywayVersions(a.version, b.version);
  if (byVersion !== 0) return byVersion;
  // A baseline migration stands for the state after the versioned migration of its version: it goes first, so that
  // on an empty database `up` runs it and then only what follows it.
  return Number(isBaselineId(b.id)) - Number(isBaselineId(a.id));
}

interface ScriptConf {
  readonly file: { readonly file: { readonly absolute: string; readonly display: string }; readonly text: string };
  readonly executeInTransaction?: boolean | undefined;
  readonly placeholderReplacement?: boolean | undefined;
}

const CONF_KEYS = ['executeInTransaction', 'encoding', 'placeholderReplacement', 'shouldExecute'];

/** `<script>.conf`: Flyway's per-script settings (`key=value` lines); an unknown key is an error, as in Flyway. */
function scriptConf(entry: FolderEntry): ScriptConf | LockstepError | undefined {
  let text: string;
  try {
    text = readFileSync(`${entry.absolute}.conf`, 'utf8');
  } catch {
    return undefined;
  }
  const display = `${entry.display}.conf`;
  const values = new Map<string, { value: string; line: number }>();
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [key = '', ...rest] = line.split('=');
    if (!CONF_KEYS.includes(key.trim())) return confError(display, i + 1, `unknown setting "${key.trim()}"`, `Flyway script settings are ${CONF_KEYS.join(', ')}.`);
    values.set(key.trim(), { value: rest.join('=').trim().toLowerCase(), line: i + 1 });
  }
  const flag = (key: string): boolean | LockstepError | undefined => {
    const v = values.get(key);
    if (!v) return undefined;
    if (v.value !== 'true' && v.value !== 'false') return confError(display, v.line, `${key} is "${v.value}", not true or false`, `Write ${key}=true or ${key}=false.`);
    return v.value === 'true';
  };
  const executeInTransaction = flag('executeInTransaction');
  const placeholderReplacement = flag('placeholderReplacement');
  if (executeInTransaction instanceof LockstepError) return executeInTransaction;
  if (placeholderReplacement instanceof LockstepError) return placeholderReplacement;
  return { file: { file: { absolute: `${entry.absolute}.conf`, display }, text }, executeInTransaction, placeholderReplacement };
}

function confError(file: string, line: number, what: string, hint: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_BAD_METADATA', `${what} in ${file} (line ${line})`, { hint, location: { file, line } });
}

/** Flyway's `${name}` placeholders; one without a value is an error at its line, as in Flyway. */
export function replacePlaceholders(text: string, path: string, values: Readonly<Record<string, string>>, errors: LockstepError[]): string {
  return text.split('\n').map((line, i) => line.replace(/\$\{([^}\s]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value !== undefined) return value;
    errors.push(new LockstepError('LOCKSTEP_E_BAD_METADATA', `no value for placeholder ${whole} in ${path} (line ${i + 1})`, {
      hint: `Give it a value in the config: "placeholders": { "${name}": "…" } (Flyway's flyway.placeholders.${name}).`,
      location: { file: path, line: i + 1 },
    }));
    return whole;
  })).join('\n');
}
