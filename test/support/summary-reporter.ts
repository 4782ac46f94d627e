/**
 * Prints one plain closing line, "N passed, N failed[, N skipped]", after vitest's own summary, so any CI
 * that reads closing lines (not only vitest's format) sees the counts.
 */
import type { Reporter, TestModule } from 'vitest/node';

// vitest loads a reporter module through its default export.
export default class SummaryReporter implements Reporter {
  private line: string | undefined;

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    this.line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  }

  /** Called after the default reporter has printed its summary. */
  onFinished(): void {
    if (this.line) process.stdout.write(`\n${this.line}\n`);
  }
}
