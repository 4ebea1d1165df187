const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');
const { CORE_PARTS } = require('./scripts/lib/core-parts.cjs');

// Component tests run the real shared core: `c/maCore` and the other core
// modules (`c/maMethod` ...) resolve to their TypeScript sources instead of the
// generated bundles (which a test checks for staleness separately), so a
// component that imports a name from the wrong module fails here too.
const coreParts = Object.fromEntries(CORE_PARTS.map((part) => [`^c/${part.name}$`, `<rootDir>/../shared-core/src/${part.entry}`]));
module.exports = {
  ...jestConfig,
  moduleNameMapper: {
    ...coreParts,
    // The stub of lightning/graphql lacks refreshGraphQL and its gql returns undefined;
    // this mock keeps the query text so tests can target one wire by its operation name.
    '^lightning/graphql$': '<rootDir>/force-app/test/jest-mocks/lightning/graphql',
  },
  setupFilesAfterEnv: [
    ...(jestConfig.setupFilesAfterEnv || []),
    '<rootDir>/force-app/test/jest-mocks/sa11ySetup.js',
  ],
  roots: ['<rootDir>/force-app', '<rootDir>/test'],
  testMatch: ['**/__tests__/**/*.test.js', '<rootDir>/test/**/*.test.js'],
  coverageProvider: 'v8',
  // CI has two cores shared by every runner; a render plus the real core can
  // take longer than jest's 5 s default there. This is a hang guard, not a
  // speed assertion (speed is measured by `npm run bench`).
  testTimeout: 30000,
};
