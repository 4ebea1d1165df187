// One sample org per test run: its folder is chosen here (the workers inherit
// the variable), generated lazily by the first e2e file, removed at the end.
const { mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async () => {
    process.env.MA_E2E_SAMPLE_TEMPLATE = mkdtempSync(path.join(os.tmpdir(), 'ma-workbench-sample-'));
};
