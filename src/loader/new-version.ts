/** A version for a new migration: the UTC time as YYYYMMDDHHMMSS, which sorts in creation order. */
export function newVersion(now: Date = new Date()): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}
