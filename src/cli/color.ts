/**
 * Whether output to `stream` gets ANSI colours: NO_COLOR (any non-empty value, https://no-color.org) turns them
 * off, FORCE_COLOR turns them on (except "0" or "false") even when piped, as in CI logs that render them;
 * otherwise only a terminal that is not TERM=dumb gets them.
 */
export function useColor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !/^(0|false)$/i.test(env.FORCE_COLOR);
  return stream.isTTY === true && env.TERM !== 'dumb';
}
