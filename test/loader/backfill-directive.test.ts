/** The `-- lockstep:backfill` directive's key=value syntax. */
import { describe, expect, it } from 'vitest';
import { parseBackfillDirective } from '../../src/loader/backfill-directive.js';

describe('parseBackfillDirective', () => {
  it('reads bare and quoted values, with doubled quotes inside', () => {
    expect(parseBackfillDirective(`table=app.payments set="status = 'done', ""Note"" = 'it''s'" where='status IS NULL' key=id batch-size=5000 pause=20ms max-replica-lag=16MB`))
      .toEqual({ spec: { table: 'app.payments', set: `status = 'done', "Note" = 'it''s'`, where: 'status IS NULL', key: 'id', batchSize: 5000, pauseMs: 20, maxReplicaLagBytes: 16 * 1024 * 1024 } });
  });

  it.each([
    ['set="a = 1"', /table=<table> and set=/],
    ['table=t set="a = 1', /unterminated/],
    ['table=t set=x batch-size=0', /batch-size/],
    ['table=t set=x pause=soon', /pause/],
    ['table=t set=x table=u', /given twice/],
    ['table=t set=x order=id', /unknown key "order"/],
    ['table=t set=x oops', /expected key=value/],
  ])('says what is wrong with %s', (text, problem) => {
    expect(parseBackfillDirective(text).problem).toMatch(problem);
  });
});
