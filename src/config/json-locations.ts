/**
 * Line and column of a key in a JSON config file, so that a config error points at the value to fix. jsonc-parser
 * (the scanner VS Code uses) gives every node's offset; JSON.parse stays the judge of what is valid JSON.
 */
import jsonc from 'jsonc-parser';

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Finds the value at a path of keys (and array indexes) in a JSON text, if it is there. */
export type JsonLocator = (path: readonly PropertyKey[]) => TextPosition | undefined;

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** Where a text that JSON.parse refused goes wrong: the first problem jsonc-parser's strict scan finds. */
export function jsonSyntaxPosition(text: string): (TextPosition & { readonly problem: string }) | undefined {
  const errors: jsonc.ParseError[] = [];
  jsonc.parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  return { ...positionOf(text, first.offset), problem: jsonc.printParseErrorCode(first.error) };
}

/** A locator over `text`; `prefix` is the path of the config inside it (["lockstep"] in package.json). */
export function jsonLocator(text: string, prefix: readonly string[] = []): JsonLocator {
  let tree: jsonc.Node | undefined;
  return (path) => {
    tree ??= jsonc.parseTree(text);
    if (!tree) return undefined;
    const keys = [...prefix, ...path].filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
    // The deepest node that exists: an unknown key's parent object, a missing key's object.
    for (let n = keys.length; n >= 0; n--) {
      const node = jsonc.findNodeAtLocation(tree, keys.slice(0, n));
      if (!node) continue;
      // A property's value: point at its key, where the eye looks for it.
      const at = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
      return positionOf(text, at.offset);
    }
    return undefined;
  };
}
