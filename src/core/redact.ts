/** Query parameters of a connection URL that hold a secret (libpq's `password`, and the client key's `sslpassword`). */
const SECRET_PARAMS = /([?&](?:password|sslpassword)=)([^&#\s"'\\]*)/gi;

/**
 * Replaces every password inside `text` with "***": the user-info password of any postgres URL, and a
 * `password=` or `sslpassword=` query parameter (as in `postgres://u@h/db?password=…`).
 */
export function redact(text: string): string {
  return text
    .replace(/(postgres(?:ql)?:\/\/[^:/@\s]*:)([^@\s]*)(@)/gi, '$1***$3')
    .replace(SECRET_PARAMS, '$1***');
}

/** A URL safe to show: password hidden. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return redact(u.toString());
  } catch {
    return redact(url);
  }
}
