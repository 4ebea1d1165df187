/** @jest-environment ./test/environment/node-with-dom.cjs */
// The Apex test classes read the golden cases from the static resource
// MA_Golden_Cases: it must be tests/cases/golden.json as it is now.
const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { GOLDEN, RESOURCE, RESOURCE_META, META, goldenResource } = require('../scripts/lib/golden-resource.cjs');

describe('static resource MA_Golden_Cases', () => {
  it('is fresh: equal to what the generator writes from tests/cases/golden.json (npm run generate:golden)', () => {
    expect(readFileSync(RESOURCE, 'utf8')).toBe(goldenResource());
    expect(readFileSync(RESOURCE_META, 'utf8')).toBe(META);
  });

  it('holds the sections the Apex runner reads, with the scoring cases of today', () => {
    const golden = JSON.parse(readFileSync(RESOURCE, 'utf8'));
    expect(golden.specVersion).toBe(JSON.parse(readFileSync(GOLDEN, 'utf8')).specVersion);
    expect(golden.scoring.length).toBeGreaterThan(0);
  });

  it('a golden file changed after generation is seen as stale', () => {
    const changed = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    changed.scoring[0].expect.total += 1;
    const path = join(mkdtempSync(join(tmpdir(), 'ma-golden-')), 'golden.json');
    writeFileSync(path, JSON.stringify(changed));
    expect(goldenResource(path)).not.toBe(readFileSync(RESOURCE, 'utf8'));
  });
});
