/** @jest-environment ./test/environment/node-with-dom.cjs */
// The static resource MA_ChartJs: the installed Chart.js UMD build, unchanged,
// at the exact pinned version; loaded as a classic script (as
// lightning/platformResourceLoader does) it defines the global Chart without
// generating code from strings (Lightning's CSP has no unsafe-eval).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');
const { resourcePath, metaPath, chartJsUmd, chartJsVersion, META } = require('../scripts/lib/chartjs-resource.cjs');
const { staticCodeGenerationSites } = require('../scripts/lib/code-generation-check.cjs');

const pinned = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).devDependencies['chart.js'];

describe('MA_ChartJs static resource', () => {
  it('pins an exact Chart.js version (a range could install another build than the one committed)', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(chartJsVersion()).toBe(pinned);
  });

  it('is the installed UMD build, unchanged, with its metadata (run `npm run build -w salesforce-lwc` if not)', () => {
    expect(readFileSync(resourcePath).equals(chartJsUmd())).toBe(true);
    expect(readFileSync(metaPath, 'utf8')).toBe(META);
  });

  it('defines window.Chart when run as a classic script, without code generation from strings', () => {
    const code = readFileSync(resourcePath, 'utf8');
    expect(staticCodeGenerationSites(code)).toEqual([]);
    const window = {};
    const context = vm.createContext(window, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(code, context, { filename: 'MA_ChartJs.js' });
    expect(typeof window.Chart).toBe('function');
    expect(window.Chart.version).toBe(pinned);
  });

  it('the check sees a classic script that generates code', () => {
    expect(staticCodeGenerationSites('window.Chart = new Function("return 1")').map((s) => s.kind)).toEqual(['new Function']);
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => vm.runInContext('eval("1")', context)).toThrow(/Code generation from strings disallowed/);
  });
});
