/**
 * Shell completion scripts for `lockstep completion <shell>`, generated from the command line's own
 * definition (commands, their long options and option choices), so they cannot fall behind it.
 */
export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  /** Words in place of an argument: subcommands (`schema dump`) or an argument's choices (`completion bash`). */
  readonly words: readonly string[];
  readonly options: ReadonlyArray<{ readonly flag: string; readonly description: string; readonly choices?: readonly string[] | undefined }>;
}

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** bash (and zsh through bashcompinit): a command's options, option choices after the option, else files. */
function bash(commands: readonly CompletionCommand[], zsh: boolean): string {
  const cases = commands.map((c) => `    ${c.name}) words=${quote([...c.words, ...c.options.map((o) => o.flag)].join(' '))} ;;`);
  const choices = commands.flatMap((c) => c.options.filter((o) => o.choices?.length).map((o) => `    ${c.name}:${o.flag}) words=${quote((o.choices ?? []).join(' '))} ;;`));
  return [
    zsh ? '#compdef lockstep\n# lockstep completion for zsh: eval "$(lockstep completion zsh)" in ~/.zshrc' : '# lockstep completion for bash: eval "$(lockstep completion bash)" in ~/.bashrc',
    ...(zsh ? ['autoload -U +X bashcompinit && bashcompinit'] : []),
    '_lockstep() {',
    '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd="" words="" i',
    '  for ((i = 1; i < COMP_CWORD; i++)); do case ${COMP_WORDS[i]} in -*) ;; *) cmd=${COMP_WORDS[i]}; break ;; esac; done',
    '  case "$cmd:$prev" in',
    ...choices,
    '    *)',
    '  case "$cmd" in',
    `    "") words=${quote([...commands.map((c) => c.name), '--help', '--version'].join(' '))} ;;`,
    ...cases,
    '  esac ;;',
    '  esac',
    '  COMPREPLY=($(compgen -W "$words" -- "$cur"))',
    '}',
    'complete -o default -F _lockstep lockstep',
    '',
  ].join('\n');
}

function fish(commands: readonly CompletionCommand[]): string {
  const lines = ['# lockstep completion for fish: lockstep completion fish > ~/.config/fish/completions/lockstep.fish'];
  for (const c of commands) lines.push(`complete -c lockstep -n __fish_use_subcommand -a ${c.name} -d ${quote(c.description)}`);
  for (const c of commands) {
    if (c.words.length) lines.push(`complete -c lockstep -n ${quote(`__fish_seen_subcommand_from ${c.name}`)} -a ${quote(c.words.join(' '))}`);
    for (const o of c.options) {
      const values = o.choices?.length ? ` -xa ${quote(o.choices.join(' '))}` : '';
      lines.push(`complete -c lockstep -n ${quote(`__fish_seen_subcommand_from ${c.name}`)} -l ${o.flag.replace(/^--/, '')} -d ${quote(o.description)}${values}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: CompletionShell, commands: readonly CompletionCommand[]): string {
  return shell === 'fish' ? fish(commands) : bash(commands, shell === 'zsh');
}
