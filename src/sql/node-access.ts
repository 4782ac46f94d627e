/**
 * The two accessors every reader of the AST starts from, in a file of their own that imports nothing of ours, so the
 * parser's own helpers (sql/constant-rows.ts) can use them without a cycle through sql/ast.ts.
 */
import type { Node } from 'libpg-query';

type KeysOf<N> = N extends unknown ? keyof N : never;
export type NodeKind = KeysOf<Node>;
export type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];

/** The wrapped node's body when the node is of the given kind. */
export function nodeAs<K extends NodeKind>(node: Node | undefined, kind: K): NodeOf<K> | undefined {
  if (!node || typeof node !== 'object' || !(kind in node)) return undefined;
  return (node as unknown as Record<K, NodeOf<K>>)[kind];
}

/** The text of a String node. */
export function stringOf(node: Node | undefined): string | undefined {
  return nodeAs(node, 'String')?.sval;
}
