import { describe, expect, it } from 'vitest';
import { formatEvent } from '../../src/report/index.js';

describe('progress lines', () => {
  const start = (version: string, name: string): string | undefined =>
    formatEvent({ type: 'migration-start', direction: 'up', version, name, transactional: true } as Parameters<typeof formatEvent>[0]);

  it('name a migration by version and name', () => {
    expect(start('001', 'users')).toBe('→ 001 users');
  });

  it('do not repeat a name the version already ends with (sql-migrate, Flyway repeatables: the whole file name identifies them)', () => {
    expect(start('318_v2_project_run_filter', 'v2_project_run_filter')).toBe('→ 318_v2_project_run_filter');
    expect(start('R__recent_orders', 'recent_orders')).toBe('→ R__recent_orders');
  });
});
