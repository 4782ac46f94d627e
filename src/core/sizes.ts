/** How table sizes read in every message: one formatter each for row counts and bytes. */

// 12,345 → "12k", 1,345 → "1.3k", 123,456 → "123k", 80,000,000 → "80M": two significant digits, or whole
// units when that shows more (roundingPriority picks the more precise of the two roundings).
// Made on first use: building it loads ICU's number data (about 50 ms), which most commands never need.
let compactFormat: Intl.NumberFormat | undefined;
const compact = (): Intl.NumberFormat =>
  (compactFormat ??= new Intl.NumberFormat('en-US', {
    notation: 'compact', maximumSignificantDigits: 2, maximumFractionDigits: 0, roundingPriority: 'morePrecision',
  }));

/** "~80M rows": estimates (pg_class.reltuples), so rounded; a negative count means never analyzed. */
export function formatRows(rows: number): string {
  if (rows < 0) return 'row count unknown (never analyzed)';
  const r = Math.round(rows);
  return `~${r < 1000 ? r : compact().format(r).replace('K', 'k')} rows`;
}

/** "42 GB", "1.3 MB", "512 bytes": 1024-based units as pg_size_pretty writes them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const shown = i === 0 || v >= 10 ? Math.round(v) : Math.round(v * 10) / 10;
  return `${shown} ${units[i]}`;
}
