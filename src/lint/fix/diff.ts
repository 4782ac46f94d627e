/** A small unified diff (LCS over lines, 3 lines of context) for showing --fix results. */

type Op = { readonly kind: ' ' | '-' | '+'; readonly text: string };

function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function ops(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: ' ', text: a[i]! });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) out.push({ kind: '+', text: b[j++]! });
    else out.push({ kind: '-', text: a[i++]! });
  }
  return out;
}

function hunks(all: readonly Op[], context = 3): string[] {
  const out: string[] = [];
  let k = 0;
  let aLine = 1;
  let bLine = 1;
  const positions = all.map((op) => {
    const at = { a: aLine, b: bLine };
    if (op.kind !== '+') aLine++;
    if (op.kind !== '-') bLine++;
    return at;
  });
  while (k < all.length) {
    if (all[k]!.kind === ' ') {
      k++;
      continue;
    }
    let start = Math.max(0, k - context);
    let end = k;
    while (end < all.length) {
      if (all[end]!.kind !== ' ') {
        end++;
        continue;
      }
      let run = 0;
      while (end + run < all.length && all[end + run]!.kind === ' ') run++;
      if (end + run >= all.length || run > context * 2) {
        end = Math.min(all.length, end + context);
        break;
      }
      end += run;
    }
    const slice = all.slice(start, end);
    const from = positions[start]!;
    const aCount = slice.filter((o) => o.kind !== '+').length;
    const bCount = slice.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aCount ? from.a : from.a - 1},${aCount} +${bCount ? from.b : from.b - 1},${bCount} @@`, ...slice.map((o) => `${o.kind}${o.text}`));
    k = end;
    start = end;
  }
  return out;
}

/** `before` undefined means a new file. */
export function unifiedDiff(path: string, before: string | undefined, after: string): string {
  const body = hunks(ops(lines(before ?? ''), lines(after)));
  if (body.length === 0) return '';
  return [`--- ${before === undefined ? '/dev/null' : `a/${path}`}`, `+++ b/${path}`, ...body].join('\n') + '\n';
}
