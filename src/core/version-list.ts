/** Above this many versions a list is shown as a range: a failure after 300 pending migrations prints one line, not 300. */
const LIST_LIMIT = 5;

/**
 * Versions in run order, for a message: "001, 002, 003", or past LIST_LIMIT "001 … 300 (300 migrations)".
 * Callers pass runs of consecutive pending migrations (not attempted, rolled back with a batch, bypassed),
 * so the range names exactly the migrations between its ends. JSON output keeps the full list.
 */
export function formatVersionList(versions: readonly string[]): string {
  if (versions.length <= LIST_LIMIT) return versions.join(', ');
  return `${versions[0]} … ${versions[versions.length - 1]} (${versions.length} migrations)`;
}
