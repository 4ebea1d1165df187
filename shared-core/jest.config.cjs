/** shared-core tests: TypeScript through ts-jest, node environment. */
module.exports = {
  testEnvironment: 'node',
  // A hang guard for a loaded two-core CI machine, not a speed assertion.
  testTimeout: 30000,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } }],
  },
};
