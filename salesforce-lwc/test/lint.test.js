/** @jest-environment ./test/environment/node-with-dom.cjs */
// (f) ESLint with @salesforce/eslint-config-lwc over the components; the
// generated maCore and maZod are ignored by eslint.config.js.
const { join, resolve } = require('node:path');
const { lintErrors } = require('../scripts/lib/lint.cjs');

const PROJECT = resolve(__dirname, '..');

describe('ESLint', () => {
  it('reports no error on force-app/main/default/lwc', () => {
    const { errors, filesLinted } = lintErrors(['force-app/main/default/lwc']);
    expect(errors).toEqual([]);
    expect(filesLinted).toBeGreaterThan(0);
  });

  it('does not lint the generated maCore and maZod bundles', () => {
    expect(lintErrors(['force-app/main/default/lwc/maCore/maCore.js', 'force-app/main/default/lwc/maZod/maZod.js']).filesLinted).toBe(0);
  });

  it('reports the seeded errors of the broken fixture', () => {
    const fixture = join(__dirname, 'fixtures', 'broken-project');
    const { errors } = lintErrors(['force-app/main/default/lwc/lintFail'], {
      cwd: fixture,
      configFile: join(PROJECT, 'eslint.config.js'),
    });
    expect(errors.map((e) => e.rule).sort()).toEqual(expect.arrayContaining(['no-unused-vars']));
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });
});
