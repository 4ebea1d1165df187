const { rmSync } = require('node:fs');

module.exports = async () => {
    if (process.env.MA_E2E_SAMPLE_TEMPLATE) rmSync(process.env.MA_E2E_SAMPLE_TEMPLATE, { recursive: true, force: true });
};
