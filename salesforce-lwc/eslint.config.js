'use strict';
// ESLint 9 flat config: @salesforce/eslint-config-lwc (recommended) for the
// components, relaxed rules and Node/jest globals for their tests, and the
// generated modules (maCore and the core's other parts, maZod) left out
// (minified shared-core and zod, checked by test/macore.test.js).
const { defineConfig } = require('eslint/config');
const eslintJs = require('@eslint/js');
const jestPlugin = require('eslint-plugin-jest');
const salesforceLwcConfig = require('@salesforce/eslint-config-lwc/recommended');
const globals = require('globals');
const { CORE_PARTS } = require('./scripts/lib/core-parts.cjs');

const GENERATED = [...CORE_PARTS.map((part) => part.name), 'maZod'].map((name) => `force-app/main/default/lwc/${name}/**`);

module.exports = defineConfig([
    {
        ignores: [...GENERATED, 'workbench/**', 'scripts/**', 'test/**', 'coverage/**']
    },
    {
        files: ['force-app/main/default/lwc/**/*.js'],
        extends: [salesforceLwcConfig]
    },
    {
        files: ['force-app/main/default/lwc/**/__tests__/**/*.js'],
        extends: [salesforceLwcConfig],
        // Tests drive components from outside: they emit wire data directly,
        // wait for rendering with timers and step through UI states in order.
        rules: {
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            '@lwc/lwc/no-async-operation': 'off',
            'no-await-in-loop': 'off'
        },
        languageOptions: {
            globals: {
                ...globals.node,
                ...jestPlugin.environments.globals.globals
            }
        }
    },
    {
        files: ['force-app/test/jest-mocks/**/*.js'],
        plugins: { eslintJs },
        extends: ['eslintJs/recommended'],
        languageOptions: {
            sourceType: 'module',
            ecmaVersion: 'latest',
            globals: {
                ...globals.node,
                ...globals.es2021,
                ...jestPlugin.environments.globals.globals,
                CustomEvent: 'readonly',
                window: 'readonly'
            }
        }
    }
]);
