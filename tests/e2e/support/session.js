// One workbench (over a fresh copy of the sample org) and one browser for a
// test file: started before its tests, stopped after them.
const { startWorkbench } = require('./workbench');
const { openBrowser } = require('./browser');

function useSession() {
    const session = { workbench: undefined, browser: undefined };
    beforeAll(async () => {
        session.workbench = await startWorkbench();
        session.browser = await openBrowser();
    }, 600000);
    afterAll(async () => {
        if (session.browser) await session.browser.close();
        if (session.workbench) await session.workbench.stop();
    });
    return session;
}

module.exports = { useSession };
