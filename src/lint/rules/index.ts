/** The rule registry: a plain array. Every other file in this folder is one rule, registered here. */
import type { Rule } from '../types.js';
import { addingAutoIncrementColumn } from './adding-auto-increment-column.js';
import { addingColumnVolatileDefault } from './adding-column-volatile-default.js';
import { addingNotNullColumn } from './adding-not-null-column.js';
import { addingStoredGeneratedColumn } from './adding-stored-generated-column.js';
import { alterDomainAddConstraint } from './alter-domain-add-constraint.js';
import { alterTableOnlyColumns } from './alter-table-only-columns.js';
import { backfillInSchemaTransaction } from './backfill-in-schema-transaction.js';
import { banCharType } from './ban-char-type.js';
import { beginWithoutCommit } from './begin-without-commit.js';
import { changingColumnType } from './changing-column-type.js';
import { changingTypeOfCheckedColumn } from './changing-type-of-checked-column.js';
import { clusterTable } from './cluster-table.js';
import { concurrentIndexPg14Bug } from './concurrent-index-pg14-bug.js';
import { constraintMissingNotValid } from './constraint-missing-not-valid.js';
import { createDomainWithConstraint } from './create-domain-with-constraint.js';
import { createExtension } from './create-extension.js';
import { creatingEnum } from './creating-enum.js';
import { creatingPartitionLocksParent } from './creating-partition-locks-parent.js';
import { attachingPartitionScan } from './attaching-partition-scan.js';
import { deleteWithoutWhere } from './delete-without-where.js';
import { disablingTriggers } from './disabling-triggers.js';
import { droppingIdentity } from './dropping-identity.js';
import { sessionReplicationRole } from './session-replication-role.js';
import { droppingColumn } from './dropping-column.js';
import { droppingDatabase } from './dropping-database.js';
import { droppingNotNull } from './dropping-not-null.js';
import { droppingSchema } from './dropping-schema.js';
import { droppingType } from './dropping-type.js';
import { invalidTriggerFunction } from './invalid-trigger-function.js';
import { afterTriggerSetsNew } from './after-trigger-sets-new.js';
import { recreatingTrigger } from './recreating-trigger.js';
import { discardAll } from './discard-all.js';
import { dropCascade } from './drop-cascade.js';
import { droppingTable } from './dropping-table.js';
import { droppingPrimaryKey } from './dropping-primary-key.js';
import { doBlockAlwaysFails } from './do-block-always-fails.js';
import { dynamicSql } from './dynamic-sql.js';
import { enumValueOrdering } from './enum-value-ordering.js';
import { unbatchedBackfill } from './unbatched-backfill.js';
import { duplicateColumnAssignment } from './duplicate-column-assignment.js';
import { enumAddValueInTransaction } from './enum-add-value-in-transaction.js';
import { enumValueUsedInSameTransaction } from './enum-value-used-in-same-transaction.js';
import { exclusionConstraint } from './exclusion-constraint.js';
import { explicitTransactionControl } from './explicit-transaction-control.js';
import { foreignKeyWithoutIndex } from './foreign-key-without-index.js';
import { identifierTooLong } from './identifier-too-long.js';
import { indexTooManyColumns } from './index-too-many-columns.js';
import { lockTable } from './lock-table.js';
import { multipleAlterTable } from './multiple-alter-table.js';
import { nonIdempotentWithoutTransaction } from './non-idempotent-without-transaction.js';
import { nonTransactionalStatementInTransaction } from './non-transactional-statement-in-transaction.js';
import { preferBigintKeys } from './prefer-bigint-keys.js';
import { preferIdentity } from './prefer-identity.js';
import { preferJsonb } from './prefer-jsonb.js';
import { preferTextOverVarchar } from './prefer-text-over-varchar.js';
import { preferTimestamptz } from './prefer-timestamptz.js';
import { primaryKeyImplicitNotNull } from './primary-key-implicit-not-null.js';
import { renamingColumn } from './renaming-column.js';
import { renamingEnumValue } from './renaming-enum-value.js';
import { renamingSchema } from './renaming-schema.js';
import { renamingTable } from './renaming-table.js';
import { renamingType } from './renaming-type.js';
import { requireConcurrentDetachPartition } from './require-concurrent-detach-partition.js';
import { requireConcurrentIndex } from './require-concurrent-index.js';
import { requireConcurrentIndexDrop } from './require-concurrent-index-drop.js';
import { requireConcurrentRefresh } from './require-concurrent-refresh.js';
import { requireConcurrentReindex } from './require-concurrent-reindex.js';
import { requireLockTimeout } from './require-lock-timeout.js';
import { requireStatementTimeout } from './require-statement-timeout.js';
import { rewritingTable } from './rewriting-table.js';
import { settingColumnNotNull } from './setting-column-not-null.js';
import { statementsAfterAccessExclusive } from './statements-after-access-exclusive.js';
import { tableWithoutPrimaryKey } from './table-without-primary-key.js';
import { truncateCascade } from './truncate-cascade.js';
import { truncatingTable } from './truncating-table.js';
import { restartingSequence } from './restarting-sequence.js';
import { concurrentRefreshFails } from './concurrent-refresh-fails.js';
import { concurrentIndexOnPartitionedTable } from './concurrent-index-on-partitioned-table.js';
import { indexExpressionNotImmutable } from './index-expression-not-immutable.js';
import { uniqueConstraintWithoutIndex } from './unique-constraint-without-index.js';
import { unqualifiedTableName } from './unqualified-table-name.js';
import { unsupportedByServerVersion } from './unsupported-by-server-version.js';
import { updateWithoutWhere } from './update-without-where.js';
import { vacuumFull } from './vacuum-full.js';
import { validateConstraintSameTransaction } from './validate-constraint-same-transaction.js';

export const RULES: readonly Rule[] = [
  // Indexes
  requireConcurrentIndex,
  requireConcurrentIndexDrop,
  requireConcurrentReindex,
  requireConcurrentDetachPartition,
  requireConcurrentRefresh,
  nonTransactionalStatementInTransaction,
  concurrentIndexPg14Bug,
  concurrentIndexOnPartitionedTable,
  indexExpressionNotImmutable,
  indexTooManyColumns,
  // Constraints
  constraintMissingNotValid,
  validateConstraintSameTransaction,
  uniqueConstraintWithoutIndex,
  primaryKeyImplicitNotNull,
  droppingPrimaryKey,
  exclusionConstraint,
  settingColumnNotNull,
  droppingNotNull,
  createDomainWithConstraint,
  alterDomainAddConstraint,
  // Columns
  addingColumnVolatileDefault,
  addingStoredGeneratedColumn,
  addingAutoIncrementColumn,
  addingNotNullColumn,
  changingColumnType,
  changingTypeOfCheckedColumn,
  preferJsonb,
  droppingColumn,
  droppingIdentity,
  renamingColumn,
  // Tables, schemas, types
  renamingTable,
  renamingType,
  renamingSchema,
  droppingTable,
  droppingSchema,
  droppingType,
  // Triggers
  invalidTriggerFunction,
  afterTriggerSetsNew,
  recreatingTrigger,
  // The runner's session
  discardAll,
  dropCascade,
  droppingDatabase,
  alterTableOnlyColumns,
  truncatingTable,
  restartingSequence,
  concurrentRefreshFails,
  truncateCascade,
  enumAddValueInTransaction,
  enumValueUsedInSameTransaction,
  renamingEnumValue,
  enumValueOrdering,
  creatingEnum,
  vacuumFull,
  clusterTable,
  rewritingTable,
  lockTable,
  disablingTriggers,
  sessionReplicationRole,
  createExtension,
  tableWithoutPrimaryKey,
  creatingPartitionLocksParent,
  attachingPartitionScan,
  // Transactions and timeouts
  requireLockTimeout,
  requireStatementTimeout,
  statementsAfterAccessExclusive,
  multipleAlterTable,
  explicitTransactionControl,
  beginWithoutCommit,
  unsupportedByServerVersion,
  doBlockAlwaysFails,
  dynamicSql,
  // Data
  updateWithoutWhere,
  unbatchedBackfill,
  deleteWithoutWhere,
  backfillInSchemaTransaction,
  foreignKeyWithoutIndex,
  // Style
  banCharType,
  preferTextOverVarchar,
  preferTimestamptz,
  preferBigintKeys,
  preferIdentity,
  identifierTooLong,
  duplicateColumnAssignment,
  unqualifiedTableName,
  nonIdempotentWithoutTransaction,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
