/**
 * commander's parse errors (an unknown flag or command, a missing value) as LOCKSTEP_E_USAGE: one coded message
 * naming what was typed, with the closest flag or command as the hint, printed like every other error (and as
 * JSON with --json) instead of commander's text followed by the whole help.
 */
import type { Command, CommanderError } from 'commander';
import { closestName } from '../core/closest-name.js';
import { LockstepError } from '../core/errors.js';

/** The command the arguments reach: `lockstep schema dump --x` → the `dump` command. */
function commandOf(program: Command, argv: readonly string[]): Command {
  let cmd = program;
  for (const arg of argv.slice(2)) {
    if (arg.startsWith('-')) continue;
    const sub = cmd.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    cmd = sub;
  }
  return cmd;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The quoted word in commander's message ("unknown option '--frobnicate'"). */
function quoted(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1];
}

/**
 * What users of the tools Lockstep reads type for a Lockstep command (`dbmate new`, `flyway info`): the edit distance
 * would answer `new` with `init`, three letters being within three edits of almost anything.
 */
const OTHER_TOOLS_COMMANDS: Readonly<Record<string, { readonly command: string; readonly tools: string }>> = {
  new: { command: 'create', tools: 'dbmate and sql-migrate' },
  migrate: { command: 'up', tools: 'dbmate and Flyway' },
  rollback: { command: 'down', tools: 'dbmate' },
  info: { command: 'status', tools: 'Flyway' },
  validate: { command: 'verify', tools: 'Flyway' },
};

function otherToolsCommand(typed: string, cmd: Command): string | undefined {
  const known = cmd.parent === null ? OTHER_TOOLS_COMMANDS[typed] : undefined;
  return known ? `\`lockstep ${known.command}\` (\`${typed}\` in ${known.tools})` : undefined;
}

export function usageErrorFrom(err: CommanderError, program: Command, argv: readonly string[]): LockstepError {
  const cmd = commandOf(program, argv);
  const path = commandPath(cmd);
  const message = err.message.replace(/^error: /, '').replace(/\s*\(Did you mean [^)]*\)\s*$/, '');
  const help = `Run \`${path} --help\` for ${cmd.commands.length > 0 ? 'its commands and options' : 'its options'}.`;
  const typed = quoted(message);
  let guess: string | undefined;
  if (err.code === 'commander.unknownOption' && typed) {
    const flags = cmd.options.map((o) => o.long).filter((f): f is string => f !== undefined);
    guess = closestName(typed.split('=')[0] ?? typed, flags);
  } else if (err.code === 'commander.unknownCommand' && typed) {
    guess = otherToolsCommand(typed, cmd) ?? closestName(typed, cmd.commands.map((c) => c.name()));
  }
  return new LockstepError('LOCKSTEP_E_USAGE', message, {
    hint: guess ? `Did you mean ${guess}? ${help}` : help,
    details: { command: path, ...(typed ? { argument: typed } : {}), reason: err.code.replace(/^commander\./, '') },
  });
}
