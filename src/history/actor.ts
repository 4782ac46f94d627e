import { hostname, userInfo } from 'node:os';
import type { Actor } from './types.js';
import { LOCKSTEP_VERSION } from '../core/version-info.js';

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** Reads the CI identity from the environment (GitHub Actions, GitLab CI, generic GIT_SHA). */
export function currentActor(environment: string | null, env: NodeJS.ProcessEnv = process.env): Actor {
  const ciCommit = env.GITHUB_SHA ?? env.CI_COMMIT_SHA ?? env.GIT_SHA ?? null;
  let ciRunUrl: string | null = env.LOCKSTEP_RUN_URL ?? env.CI_JOB_URL ?? null;
  if (!ciRunUrl && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    ciRunUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return { osUser: osUser(), host: hostname(), environment, lockstepVersion: LOCKSTEP_VERSION, ciCommit, ciRunUrl };
}
