// Cross-surface tests: the browser end-to-end scenarios against the workbench
// (tests/e2e) and anything else under tests/ named *.test.js. One worker: each
// e2e file starts its own workbench and Chromium on a shared 2-core machine.
module.exports = {
    rootDir: __dirname,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/*.test.js'],
    testPathIgnorePatterns: ['/node_modules/'],
    maxWorkers: 1,
    globalSetup: '<rootDir>/e2e/support/global-setup.js',
    globalTeardown: '<rootDir>/e2e/support/global-teardown.js',
    // Generous: building the workbench bundle alone can take minutes on a busy machine.
    testTimeout: 300000,
};
