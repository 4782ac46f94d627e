/**
 * A normalised, deterministic picture of a database's user-defined schema.
 * No OIDs, no relfilenodes, nothing that depends on the order objects were created in except where
 * PostgreSQL itself keeps an order (column positions, enum labels, composite attributes).
 * Every array is sorted by name (byte order); absent values are `null`, never missing, so two
 * snapshots of databases built by the same SQL are deep-equal and serialise to the same JSON.
 */

export interface SchemaSnapshot {
  readonly schemas: readonly SchemaInfo[];
  readonly extensions: readonly ExtensionInfo[];
  readonly tables: readonly TableInfo[];
  readonly views: readonly ViewInfo[];
  readonly sequences: readonly SequenceInfo[];
  readonly functions: readonly FunctionInfo[];
  readonly enums: readonly EnumInfo[];
  readonly domains: readonly DomainInfo[];
  readonly compositeTypes: readonly CompositeTypeInfo[];
  readonly constraints: readonly ConstraintInfo[];
  readonly indexes: readonly IndexInfo[];
  readonly triggers: readonly TriggerInfo[];
  readonly policies: readonly PolicyInfo[];
}

export interface SchemaInfo {
  readonly name: string;
  readonly comment: string | null;
}

export interface ExtensionInfo {
  readonly name: string;
  readonly schema: string;
  /** Informational: differs between servers with the same SQL applied, so diffSchemas ignores it. */
  readonly version: string;
}

export interface TableInfo {
  readonly schema: string;
  readonly name: string;
  readonly kind: 'table' | 'partitioned';
  readonly persistence: 'permanent' | 'unlogged';
  /** pg_get_partkeydef, e.g. "RANGE (created_at)", for a partitioned table. */
  readonly partitionKey: string | null;
  /** "schema.parent" when this table is a partition. */
  readonly partitionOf: string | null;
  /** e.g. "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')". */
  readonly partitionBound: string | null;
  /** Parents through plain INHERITS (not partitioning), in inheritance order. */
  readonly inherits: readonly string[];
  readonly rowSecurity: boolean;
  readonly forceRowSecurity: boolean;
  /** Storage parameters (reloptions), sorted, e.g. "fillfactor=70". */
  readonly options: readonly string[];
  readonly comment: string | null;
  /** In column order. */
  readonly columns: readonly ColumnInfo[];
}

export interface ColumnInfo {
  readonly name: string;
  /** 1-based position among the table's live columns (dropped columns do not count). */
  readonly position: number;
  /** format_type(), schema-qualified when outside pg_catalog, e.g. "numeric(12,2)", "public.mood". */
  readonly type: string;
  readonly nullable: boolean;
  readonly default: string | null;
  readonly identity: 'always' | 'by default' | null;
  readonly generated: GeneratedColumn | null;
  /** Only when it differs from the type's default collation. */
  readonly collation: string | null;
  readonly comment: string | null;
}

export interface GeneratedColumn {
  readonly expression: string;
  /** 'virtual' exists from PostgreSQL 18 only. */
  readonly kind: 'stored' | 'virtual';
}

export interface ViewInfo {
  readonly schema: string;
  readonly name: string;
  readonly kind: 'view' | 'materialized';
  /** pg_get_viewdef(), pretty-printed, with every relation schema-qualified. */
  readonly definition: string;
  /** View options (reloptions), sorted, e.g. "security_barrier=true". */
  readonly options: readonly string[];
  readonly comment: string | null;
}

export interface SequenceInfo {
  readonly schema: string;
  readonly name: string;
  readonly type: string;
  /** 64-bit values as decimal strings. */
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
  /** "schema.table.column" for OWNED BY (or the identity column). */
  readonly ownedBy: string | null;
  /** True for the sequence behind an identity column. */
  readonly identity: boolean;
}

export interface FunctionInfo {
  readonly schema: string;
  readonly name: string;
  /** pg_get_function_identity_arguments, e.g. "a integer, b integer". */
  readonly arguments: string;
  readonly kind: 'function' | 'procedure' | 'aggregate' | 'window';
  /** pg_get_function_result; null for procedures. */
  readonly returns: string | null;
  readonly language: string;
  readonly volatility: 'immutable' | 'stable' | 'volatile';
  readonly strict: boolean;
  readonly securityDefiner: boolean;
  /** pg_get_functiondef() (for aggregates, a description of the aggregate's parts). */
  readonly definition: string;
  readonly comment: string | null;
}

export interface EnumInfo {
  readonly schema: string;
  readonly name: string;
  /** In sort order. */
  readonly labels: readonly string[];
  readonly comment: string | null;
}

export interface DomainInfo {
  readonly schema: string;
  readonly name: string;
  readonly baseType: string;
  readonly notNull: boolean;
  readonly default: string | null;
  readonly collation: string | null;
  readonly constraints: readonly DomainConstraintInfo[];
  readonly comment: string | null;
}

export interface DomainConstraintInfo {
  readonly name: string;
  readonly definition: string;
  readonly validated: boolean;
}

export interface CompositeTypeInfo {
  readonly schema: string;
  readonly name: string;
  /** In attribute order. */
  readonly attributes: readonly CompositeAttributeInfo[];
  readonly comment: string | null;
}

export interface CompositeAttributeInfo {
  readonly name: string;
  readonly type: string;
  readonly collation: string | null;
}

export type ConstraintKind = 'primary key' | 'unique' | 'foreign key' | 'check' | 'exclusion';

export interface ConstraintInfo {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  readonly kind: ConstraintKind;
  /** pg_get_constraintdef(), e.g. "FOREIGN KEY (user_id) REFERENCES public.users(id)". */
  readonly definition: string;
  readonly validated: boolean;
  readonly deferrable: boolean;
  readonly deferred: boolean;
  /** False only for NOT ENFORCED constraints (PostgreSQL 18+); always true before. */
  readonly enforced: boolean;
  /** True when the table has it only through a parent (a partition, or INHERITS), not declared itself. */
  readonly inherited: boolean;
  readonly comment: string | null;
}

export interface IndexInfo {
  readonly schema: string;
  readonly name: string;
  /** "schema.table" (or materialized view) the index is on. */
  readonly table: string;
  /** pg_get_indexdef(), e.g. "CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)". */
  readonly definition: string;
  readonly unique: boolean;
  readonly primary: boolean;
  /** False after a failed CREATE INDEX CONCURRENTLY (or a partitioned index missing a partition's). */
  readonly valid: boolean;
  /** "schema.index" of the partitioned-table index this partition's index is attached to. */
  readonly parentIndex: string | null;
  readonly comment: string | null;
}

export interface TriggerInfo {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  /** pg_get_triggerdef(). */
  readonly definition: string;
  readonly enabled: 'origin' | 'disabled' | 'replica' | 'always';
  readonly comment: string | null;
}

export interface PolicyInfo {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  readonly command: 'all' | 'select' | 'insert' | 'update' | 'delete';
  readonly permissive: boolean;
  /** Role names, sorted; "public" for PUBLIC. */
  readonly roles: readonly string[];
  readonly using: string | null;
  readonly withCheck: string | null;
}

export interface SnapshotOptions {
  /**
   * Schemas to leave out besides the system ones (pg_catalog, information_schema, pg_toast*, pg_temp*).
   * Default: ["lockstep"], Lockstep's own history schema.
   */
  readonly excludeSchemas?: readonly string[];
  /**
   * Take no lock at all, not even ACCESS SHARE (plan reads a production target this way). Deparsing a view's
   * query or a SQL-standard function body (BEGIN ATOMIC) locks the tables they read (ruleutils'
   * AcquireRewriteLocks), so: a view's definition is a stand-in with its columns and the columns and relations
   * it depends on (from pg_depend), and functions with such bodies are left out. Default false.
   */
  readonly lockFree?: boolean;
}
