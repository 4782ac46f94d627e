import { Argument, type Command } from 'commander';
import { COMPLETION_SHELLS, completionScript, type CompletionCommand, type CompletionShell } from '../../report/index.js';
import { print } from '../common.js';

/** Every command with its long options, read from the program itself. */
function describe(program: Command): CompletionCommand[] {
  return program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    words: [...c.commands.map((sub) => sub.name()), ...c.registeredArguments.flatMap((a) => a.argChoices ?? [])],
    options: c.options.flatMap((o) => (o.long ? [{ flag: o.long, description: o.description, choices: o.argChoices }] : [])),
  }));
}

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script: eval "$(lockstep completion bash)" (bash, zsh) or save the fish one')
    .addArgument(new Argument('<shell>', 'the shell').choices(COMPLETION_SHELLS))
    .action((shell: CompletionShell) => {
      print(completionScript(shell, describe(program)).trimEnd());
    });
}
