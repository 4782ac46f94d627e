/** goose's ENVSUB expansion, case by case as github.com/mfridman/interpolate (which goose uses) expands a line. */
import { describe, expect, it } from 'vitest';
import type { LockstepError } from '../../src/core/errors.js';
import { expandGooseEnvsub, usesEnvsub } from '../../src/loader/goose-envsub.js';

const env = { NAME: 'widgets', EMPTY: '', LONG: 'abcdef' };
const one = (line: string): { out: string; errors: LockstepError[] } => {
  const errors: LockstepError[] = [];
  const out = expandGooseEnvsub(`-- +goose ENVSUB ON\n${line}`, 'm.sql', env, errors).split('\n')[1] ?? '';
  return { out, errors };
};

describe('goose ENVSUB', () => {
  it.each([
    ['select $NAME, ${NAME};', 'select widgets, widgets;'],
    ['select $UNSET, ${UNSET}x;', 'select , x;'],
    ['${EMPTY:-d} ${UNSET:-d} ${NAME:-d}', 'd d widgets'],
    ['${EMPTY-d}|${UNSET-d}|${NAME-d}', '|d|widgets'],
    ['${UNSET:-${NAME}}', 'widgets'],
    // `:-` is always the default operator (as in a shell), never a negative offset.
    ['${LONG:2} ${LONG:1:2} ${LONG:-2} ${LONG:0:-2}', 'cdef bc abcdef abcd'],
    ["'$$5' and \\$x and \\\\ and $(cmd)", "'$5' and $x and \\\\ and $(cmd)"],
    ['ends with $', 'ends with $'],
    ['${NAME?must be set}', 'widgets'],
  ])('%s', (line, want) => {
    const r = one(line);
    expect(r.errors).toEqual([]);
    expect(r.out).toBe(want);
  });

  it('reports what goose refuses at its line and keeps the line: $ before a digit, an unset ${X?msg}, `:?` (read as a substring)', () => {
    for (const [line, message] of [['select $1', 'Expected identifier to start with a letter'], ['${UNSET?give it}', '$UNSET: give it'], ['${UNSET?}', '$UNSET: not set'], ['${UNSET:?x}', 'Unable to parse offset']] as const) {
      const r = one(line);
      expect(r.out).toBe(line);
      expect(r.errors.map((e) => [e.code, e.location?.line])).toEqual([['LOCKSTEP_E_BAD_METADATA', 2]]);
      expect(r.errors[0]?.message).toContain(message);
    }
  });

  it('expands only between ENVSUB ON and OFF, and leaves comment lines as written', () => {
    const text = '-- +goose Up\nselect $NAME;\n-- +goose ENVSUB ON\n-- $NAME in a comment\nselect $NAME;\n-- +goose ENVSUB OFF\nselect $NAME;\n';
    expect(usesEnvsub(text)).toBe(true);
    expect(usesEnvsub('-- +goose Up\n  -- +goose ENVSUB ON\nselect 1;\n')).toBe(false);
    expect(expandGooseEnvsub(text, 'm.sql', env, [])).toBe('-- +goose Up\nselect $NAME;\n-- +goose ENVSUB ON\n-- $NAME in a comment\nselect widgets;\n-- +goose ENVSUB OFF\nselect $NAME;\n');
  });
});
