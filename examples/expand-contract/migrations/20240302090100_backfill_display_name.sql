-- BACKFILL: copy the old column into the new one for the rows written before the trigger existed.
-- Lockstep runs it in primary-key order, 1000 rows per short transaction, and resumes after the last
-- finished batch if it is stopped. The where clause makes a batch skip rows that are already done.
-- lockstep:no-transaction
-- lockstep:backfill table=users set="display_name = fullname" where="display_name IS NULL" batch-size=1000 pause=10ms
-- UP

-- DOWN
-- Nothing to undo: the expand migration's down drops the column.
