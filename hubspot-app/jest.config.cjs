/**
 * HubSpot app tests: cards with @hubspot/ui-extensions/testing, app functions
 * against a local CRM stand-in, and the offline project checks. The two
 * ESM-only packages (ui-extensions, tinyspy) are transformed by ts-jest.
 */
module.exports = {
  testEnvironment: 'node',
  // A hang guard for a loaded two-core CI machine, not a speed assertion.
  testTimeout: 30000,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.[tj]sx?$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react-jsx',
          allowJs: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          esModuleInterop: true,
          strict: true,
          skipLibCheck: true,
          isolatedModules: true,
        },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  // Cards and settings import the generated bundle (maCore.mjs beside them); tests run its sources instead.
  moduleNameMapper: { '^\\./maCore\\.mjs$': '<rootDir>/shared/with-core.ts' },
  transformIgnorePatterns: ['/node_modules/(?!(@hubspot/ui-extensions|tinyspy)/)'],
};
