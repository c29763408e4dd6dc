// Writes each Jest run's totals to TONGBAN_TEST_COUNTS so `npm test` can print one
// "N passed, N failed" line across all projects (CI reads that line, not Jest's summary).
const fs = require('node:fs');
const path = require('node:path');

class CountReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.TONGBAN_TEST_COUNTS;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${process.pid}-${Date.now()}.json`);
    const failedSuites = results.numFailedTestSuites + results.numRuntimeErrorTestSuites;
    fs.writeFileSync(
      file,
      JSON.stringify({
        cwd: process.cwd(),
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        failedSuites,
      }),
    );
  }
}
module.exports = CountReporter;
