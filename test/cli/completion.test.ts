/** `lockstep completion <shell>`: scripts generated from the program's own commands and options. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/fixtures.js';

/** What bash completes for the words typed so far (the last one is being completed). */
function complete(script: string, words: readonly string[]): string[] {
  const cword = words.length - 1;
  const array = words.map((w) => `'${w}'`).join(' ');
  const res = spawnSync('bash', ['--norc', '--noprofile', '-c', `${script}\nCOMP_WORDS=(${array}); COMP_CWORD=${cword}; _lockstep; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  expect(res.status, res.stderr).toBe(0);
  return res.stdout.split('\n').filter(Boolean);
}

describe('bash', () => {
  it('completes commands, each command\'s options, option choices and subcommands', async () => {
    const r = await runCli(['completion', 'bash']);
    expect(r.code).toBe(0);
    expect(complete(r.stdout, ['lockstep', 'u'])).toEqual(['up']);
    expect(complete(r.stdout, ['lockstep', 'up', '--dry'])).toEqual(['--dry-run']);
    expect(complete(r.stdout, ['lockstep', 'lint', '--fix', '--wr'])).toEqual(['--write']);
    expect(complete(r.stdout, ['lockstep', 'plan', '--format', ''])).toEqual(['human', 'json', 'markdown']);
    expect(complete(r.stdout, ['lockstep', 'schema', ''])).toEqual(['dump']);
    expect(complete(r.stdout, ['lockstep', 'st'])).toEqual(['status']);
    expect(complete(r.stdout, ['lockstep', 'up', '--env-'])).toEqual(['--env-file']);
  });
});

describe('zsh and fish', () => {
  it('zsh loads the bash function through bashcompinit', async () => {
    const r = await runCli(['completion', 'zsh']);
    expect(r.stdout.startsWith('#compdef lockstep\n')).toBe(true);
    expect(r.stdout).toContain('autoload -U +X bashcompinit && bashcompinit');
    expect(r.stdout).toContain('complete -o default -F _lockstep lockstep');
  });

  it('fish declares every command and its options', async () => {
    const r = await runCli(['completion', 'fish']);
    expect(r.stdout).toContain("complete -c lockstep -n __fish_use_subcommand -a up -d 'apply pending migrations'");
    expect(r.stdout).toContain("complete -c lockstep -n '__fish_seen_subcommand_from plan' -l format -d 'output format' -xa 'human json markdown'");
  });

  it('an unknown shell is a usage error', async () => {
    const r = await runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are bash, zsh, fish');
  });
});
