/** @jest-environment ./test/environment/node-with-dom.cjs */
// (f) ESLint with @salesforce/eslint-config-lwc over the components; the
// generated modules (maCore, the core's other parts, maZod) are ignored by eslint.config.js. ESLint runs
// once over the components (it is the slowest check) and once on the fixture.
const { join, resolve } = require('node:path');
const { lintErrors } = require('../scripts/lib/lint.cjs');
const { CORE_PARTS } = require('../scripts/lib/core-parts.cjs');

const PROJECT = resolve(__dirname, '..');

describe('ESLint on force-app/main/default/lwc', () => {
  let run;
  beforeAll(() => {
    run = lintErrors(['force-app/main/default/lwc']);
  });

  it('reports no error', () => {
    expect(run.errors).toEqual([]);
    expect(run.filesLinted).toBeGreaterThan(0);
  });

  it('lints the components but not the generated bundles', () => {
    expect(run.linted).toEqual(expect.arrayContaining([expect.stringMatching(/lwc\/maDiagnosis\/maDiagnosis\.js$/)]));
    const generated = new RegExp(`lwc/(${[...CORE_PARTS.map((p) => p.name), 'maZod'].join('|')})/`);
    expect(run.linted.filter((file) => generated.test(file))).toEqual([]);
  });
});

describe('ESLint on seeded bad input', () => {
  it('reports the errors of the broken fixture', () => {
    const fixture = join(__dirname, 'fixtures', 'broken-project');
    const { errors } = lintErrors(['force-app/main/default/lwc/lintFail'], {
      cwd: fixture,
      configFile: join(PROJECT, 'eslint.config.js'),
    });
    expect(errors.map((e) => e.rule).sort()).toEqual(['@lwc/lwc/no-api-reassignments', '@lwc/lwc/no-document-query', 'no-unused-vars']);
  });
});
