const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Component tests run the real shared core: `c/maCore` resolves to its
// TypeScript source instead of the generated bundle (which a test checks for
// staleness separately).
module.exports = {
  ...jestConfig,
  moduleNameMapper: {
    '^c/maCore$': '<rootDir>/../shared-core/src/index.ts',
  },
  roots: ['<rootDir>/force-app', '<rootDir>/test'],
  testMatch: ['**/__tests__/**/*.test.js', '<rootDir>/test/**/*.test.js'],
  coverageProvider: 'v8',
};
