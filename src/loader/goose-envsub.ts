/**
 * goose's `-- +goose ENVSUB ON` / `OFF`: between them, every SQL line has its environment variables expanded the way
 * goose expands them (github.com/mfridman/interpolate, shell style): `$NAME` and `${NAME}` (unset: empty),
 * `${NAME:-default}` (unset or empty), `${NAME-default}` (unset), `${NAME:?message}` / `${NAME?message}` (unset: an
 * error), `${NAME:offset[:length]}`; `$$` and `\$` are a `$`, `\\` stays as written, `$(` is left alone. A `$` before
 * anything but a letter or `{` is an error, as in goose (a dollar-quoted body under ENVSUB ON loses a `$` of its `$$`:
 * goose does that too). Comment lines are left as written.
 */
import { LockstepError } from '../core/errors.js';

export type Environment = Readonly<Record<string, string | undefined>>;

const TOGGLE = /^--\s*\+goose\s+envsub\s+(on|off)\s*$/i;

/** Whether the file turns ENVSUB on anywhere (goose reads the annotation only at the start of a line). */
export function usesEnvsub(text: string): boolean {
  return text.split('\n').some((line) => TOGGLE.exec(line.trimEnd())?.[1]?.toLowerCase() === 'on');
}

/** The file with its ENVSUB regions expanded; a failed expansion is reported at its line and the line kept. */
export function expandGooseEnvsub(text: string, path: string, env: Environment, errors: LockstepError[]): string {
  let on = false;
  return text.split('\n').map((line, i) => {
    const toggle = TOGGLE.exec(line.trimEnd());
    if (toggle) {
      on = toggle[1]?.toLowerCase() === 'on';
      return line;
    }
    if (!on || line.trim().startsWith('--')) return line;
    try {
      return new Expander(line, env).expression('');
    } catch (err) {
      errors.push(new LockstepError('LOCKSTEP_E_BAD_METADATA', `goose ENVSUB: variable substitution failed in ${path} (line ${i + 1}): ${(err as Error).message}`, {
        hint: 'Set the variable in the environment Lockstep runs in (goose reads the same one), or write a literal `$` as `$$` under -- +goose ENVSUB ON.',
        location: { file: path, line: i + 1 },
      }));
      return line;
    }
  }).join('\n');
}

class Expander {
  private pos = 0;

  constructor(private readonly input: string, private readonly env: Environment) {}

  /** Text and expansions up to a character of `stop` (left unread) or the end. */
  expression(stop: string): string {
    let out = '';
    while (this.pos < this.input.length && !stop.includes(this.input[this.pos] as string)) {
      const rest = this.input.slice(this.pos);
      if (rest.startsWith('\\\\')) {
        out += '\\\\';
        this.pos += 2;
      } else if (rest.startsWith('\\$') || rest.startsWith('$$')) {
        out += '$';
        this.pos += 2;
      } else if (rest.startsWith('$(')) {
        out += '$(';
        this.pos += 2;
      } else if (rest.startsWith('$') && this.pos < this.input.length - 1) {
        out += this.expansion();
      } else {
        out += this.input[this.pos];
        this.pos++;
        while (this.pos < this.input.length && !'$\\'.includes(this.input[this.pos] as string) && !stop.includes(this.input[this.pos] as string)) out += this.input[this.pos++];
      }
    }
    return out;
  }

  private expansion(): string {
    this.pos++; // the $
    if (this.input[this.pos] !== '{') return this.env[this.identifier()] ?? '';
    this.pos++;
    const name = this.identifier();
    const value = this.env[name];
    let op = this.input[this.pos++];
    if (op === '}') return value ?? '';
    if (op === ':' && this.input[this.pos] === '-') {
      this.pos++;
      op = ':-';
    }
    let result: string;
    if (op === ':-' || op === '-') {
      const fallback = this.expression('}');
      result = (op === ':-' ? !value : value === undefined) ? fallback : (value as string);
    } else if (op === '?') {
      const message = this.expression('}');
      if (value === undefined) throw new Error(`$${name}: ${message || 'not set'}`);
      result = value;
    } else if (op === ':') {
      result = this.substring(value ?? '');
    } else {
      throw new Error(`Expected an operator, got ${op ?? 'the end of the line'}`);
    }
    if (this.input[this.pos++] !== '}') throw new Error('Expected brace expansion to end with }');
    return result;
  }

  private substring(value: string): string {
    const number = (text: string): number => {
      if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new Error(`Unable to parse offset or length "${text}"`);
      return Number.parseInt(text, 10);
    };
    const offsetText = this.until(':}');
    let from = Math.min(Math.max(number(offsetText) < 0 ? number(offsetText) + value.length : number(offsetText), 0), value.length);
    if (this.input[this.pos] === '}') return value.slice(from);
    this.pos++;
    const length = number(this.until('}'));
    let to = length >= 0 ? from + length : Math.max(length + value.length, from);
    from = Math.min(from, value.length);
    to = Math.min(to, value.length);
    return value.slice(from, to);
  }

  private until(stop: string): string {
    const start = this.pos;
    while (this.pos < this.input.length && !stop.includes(this.input[this.pos] as string)) this.pos++;
    return this.input.slice(start, this.pos);
  }

  private identifier(): string {
    const m = /^\p{L}[\p{L}\p{N}_]*/u.exec(this.input.slice(this.pos));
    if (!m) throw new Error(`Expected identifier to start with a letter, got ${this.input[this.pos] ?? 'the end of the line'}`);
    this.pos += m[0].length;
    return m[0];
  }
}
