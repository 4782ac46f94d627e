/** The unified diff shown for --fix results (jsdiff's structuredPatch, 3 lines of context). */
import { structuredPatch } from 'diff';

/** `before` undefined means a new file. */
export function unifiedDiff(path: string, before: string | undefined, after: string): string {
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before ?? '', after, undefined, undefined, { context: 3 });
  if (patch.hunks.length === 0) return '';
  const body = patch.hunks.flatMap((h) => [
    // A side with no lines starts at the line before it (0 for a new file), as `diff -u` and git write it.
    `@@ -${h.oldLines ? h.oldStart : h.oldStart - 1},${h.oldLines} +${h.newLines ? h.newStart : h.newStart - 1},${h.newLines} @@`,
    ...h.lines.filter((l) => !l.startsWith('\\')),
  ]);
  return [`--- ${before === undefined ? '/dev/null' : `a/${path}`}`, `+++ b/${path}`, ...body].join('\n') + '\n';
}
