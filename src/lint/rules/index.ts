/** The rule registry: a plain array. Every file in this folder (but this one) is one rule, registered here. */
import type { Rule } from '../types.js';
import { addingColumnVolatileDefault } from './adding-column-volatile-default.js';
import { addingNotNullColumn } from './adding-not-null-column.js';
import { changingColumnType } from './changing-column-type.js';
import { constraintMissingNotValid } from './constraint-missing-not-valid.js';
import { nonTransactionalStatementInTransaction } from './non-transactional-statement-in-transaction.js';
import { renamingColumn } from './renaming-column.js';
import { requireConcurrentIndex } from './require-concurrent-index.js';
import { requireLockTimeout } from './require-lock-timeout.js';
import { settingColumnNotNull } from './setting-column-not-null.js';
import { uniqueConstraintWithoutIndex } from './unique-constraint-without-index.js';

export const RULES: readonly Rule[] = [
  // Indexes
  requireConcurrentIndex,
  nonTransactionalStatementInTransaction,
  // Constraints
  constraintMissingNotValid,
  uniqueConstraintWithoutIndex,
  settingColumnNotNull,
  // Columns
  addingColumnVolatileDefault,
  addingNotNullColumn,
  changingColumnType,
  renamingColumn,
  // Transactions and timeouts
  requireLockTimeout,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
