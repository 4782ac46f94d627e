import { describe, expect, it } from 'vitest';
import { objectMemo } from '../../src/core/object-memo.js';

describe('objectMemo', () => {
  it('remembers a value per object, undefined included, and only for that object', () => {
    const memo = objectMemo<object, number | undefined>();
    const a = { x: 1 };
    const b = { x: 1 };
    expect(memo.has(a)).toBe(false);
    memo.set(a, 7);
    memo.set(b, undefined);
    expect([memo.get(a), memo.has(a), memo.get(b), memo.has(b)]).toEqual([7, true, undefined, true]);
    expect(objectMemo<object, number>().get(a)).toBeUndefined();
  });

  it('is invisible to keys, spreading and JSON, so a copy does not carry it', () => {
    const memo = objectMemo<object, string>();
    const node = { A_Const: { ival: 1 } };
    memo.set(node, 'remembered');
    expect(Object.keys(node)).toEqual(['A_Const']);
    expect(JSON.stringify(node)).toBe('{"A_Const":{"ival":1}}');
    expect(memo.has({ ...node })).toBe(false);
  });

  it('leaves a frozen object alone', () => {
    const memo = objectMemo<object, number>();
    const frozen = Object.freeze({ y: 2 });
    memo.set(frozen, 3);
    expect(memo.has(frozen)).toBe(false);
  });
});
