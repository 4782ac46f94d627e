// Data migration: payments captured before captured_at existed get their creation time as the best
// available approximation. Written as a module so the row count can be checked; it only uses
// ctx.query, so it runs the same on PostgreSQL and on PGlite.
import type { MigrationContext } from 'lockstep';

export async function up(ctx: MigrationContext): Promise<void> {
  await ctx.query(
    `UPDATE payments SET captured_at = created_at
      WHERE status = $1 AND captured_at IS NULL`,
    ['captured'],
  );
}

export async function down(ctx: MigrationContext): Promise<void> {
  // Undo exactly what up wrote: backfilled rows are the captured ones whose two timestamps match.
  await ctx.query(
    `UPDATE payments SET captured_at = NULL
      WHERE status = $1 AND captured_at = created_at`,
    ['captured'],
  );
}
