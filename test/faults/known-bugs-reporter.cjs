// Lists the fault suite's KNOWN BUG tests (a `describe` whose name starts with "KNOWN BUG:") at the end of a
// run: failing means the bug is still there (expected until it is fixed); passing means it was fixed and the
// test can lose its label and move into `npm test`.
class KnownBugsReporter {
  constructor() {
    this.results = [];
  }

  onTestResult(_test, result) {
    for (const test of result.testResults) {
      const label = test.ancestorTitles.find((title) => title.startsWith('KNOWN BUG:'));
      if (label) this.results.push({ label, title: test.title, status: test.status });
    }
  }

  onRunComplete() {
    if (!this.results.length) return;
    const lines = this.results.map(
      (r) =>
        `  ${r.status === 'failed' ? 'STILL PRESENT' : r.status === 'passed' ? 'FIXED?       ' : r.status.padEnd(13)} ${r.label} › ${r.title}`,
    );
    const open = this.results.filter((r) => r.status === 'failed').length;
    process.stdout.write(`\nKnown bugs (${open} of ${this.results.length} still reproduce):\n${lines.join('\n')}\n\n`);
  }
}
module.exports = KnownBugsReporter;
