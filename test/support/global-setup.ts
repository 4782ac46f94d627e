import type { TestProject } from 'vitest/node';
import { findServer, type TestServer } from './server.js';

let server: TestServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await findServer();
  project.provide('adminUrl', server.adminUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
