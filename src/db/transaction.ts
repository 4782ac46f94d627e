import type { Session } from './port.js';

/** BEGIN … COMMIT around `fn`, ROLLBACK if it throws. */
export async function inTransaction<T>(session: Session, fn: () => Promise<T>): Promise<T> {
  await session.exec('begin');
  try {
    const value = await fn();
    await session.exec('commit');
    return value;
  } catch (err) {
    await session.exec('rollback').catch(() => undefined);
    throw err;
  }
}
