const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Component tests run the real shared core: `c/maCore` resolves to its
// TypeScript source instead of the generated bundle (which a test checks for
// staleness separately).
module.exports = {
  ...jestConfig,
  moduleNameMapper: {
    '^c/maCore$': '<rootDir>/../shared-core/src/index.ts',
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
