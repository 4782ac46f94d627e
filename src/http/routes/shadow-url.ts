/**
 * Which shadow URLs a request may name. Only TCP PostgreSQL URLs with harmless parameters: a pglite://
 * URL would make the server write a data directory on its own disk; a Unix-socket host could reach a
 * local server through peer authentication as the server's OS user; and the driver reads the files named
 * by sslcert, sslkey and sslrootcert from the server's disk.
 */
const ALLOWED_PARAMETERS = new Set(['sslmode', 'connect_timeout', 'application_name']);

export const SHADOW_URL_RULE = `expected postgres://user:password@host:port/database, with no parameters other than ${[...ALLOWED_PARAMETERS].join(', ')}`;

export function isAcceptableShadowUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') return false;
    if (url.hostname === '' || decodeURIComponent(url.hostname).startsWith('/')) return false;
    return [...url.searchParams.keys()].every((k) => ALLOWED_PARAMETERS.has(k));
  } catch {
    return false; // not a URL, or a malformed %-escape in the host
  }
}
