export type {
  ColumnInfo,
  CompositeAttributeInfo,
  CompositeTypeInfo,
  ConstraintInfo,
  ConstraintKind,
  DomainConstraintInfo,
  DomainInfo,
  EnumInfo,
  ExtensionInfo,
  FunctionInfo,
  GeneratedColumn,
  IndexInfo,
  PolicyInfo,
  SchemaInfo,
  SchemaSnapshot,
  SequenceInfo,
  SnapshotOptions,
  TableInfo,
  TriggerInfo,
  ViewInfo,
} from './types.js';
export { snapshotSchema, DEFAULT_EXCLUDED_SCHEMAS } from './snapshot-schema.js';
export { createSnapshotter, type SchemaSnapshotter, type SnapshotterOptions } from './schema-snapshotter.js';
export { diffSchemas, type SchemaDifference, type ObjectType } from './diff-schemas.js';
export { formatDifferences } from './format-differences.js';
export { renderSchemaSql, schemaSections } from './render-schema-sql.js';
export { schemaDump, type SchemaDumpFormat } from './schema-dump.js';
export { readRelationSizes, quoteQualified, type RelationSize, type RelationSelection } from './relation-sizes.js';
export { readCommittingProcedures, procedureScopeOn } from './committing-procedures.js';
