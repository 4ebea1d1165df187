// One workbench (over a fresh copy of the sample org) and one browser for a
// test file: started before its tests, stopped after them. `options` go to
// startWorkbench (e.g. `env`); with `keep`, the data folder outlives a stop
// (a test can restart the workbench over it) and is removed at the end.
const { rmSync } = require('node:fs');
const { startWorkbench } = require('./workbench');
const { openBrowser } = require('./browser');

function useSession(options = {}) {
    const session = { workbench: undefined, browser: undefined };
    beforeAll(async () => {
        session.workbench = await startWorkbench(options);
        session.browser = await openBrowser();
    }, 600000);
    afterAll(async () => {
        if (session.browser) await session.browser.close();
        if (session.workbench) {
            await session.workbench.stop();
            if (options.keep) rmSync(session.workbench.dataDir, { recursive: true, force: true });
        }
    });
    return session;
}

module.exports = { useSession };
