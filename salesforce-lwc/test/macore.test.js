/** @jest-environment ./test/environment/node-with-dom.cjs */
// The generated service modules maCore (shared-core) and maZod (the zod
// exports maCore uses): fresh, each within the per-module budget, and free of
// runtime code generation (Lightning's CSP has no unsafe-eval).
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');
const babelParser = require('@babel/parser');
const { bundleCore, zodNamesUsed, BUDGET_BYTES } = require('../scripts/lib/macore-bundle.cjs');
const { staticCodeGenerationSites, runWithoutCodeGeneration } = require('../scripts/lib/code-generation-check.cjs');

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

describe('generated service modules', () => {
  let modules;
  let committed;
  beforeAll(async () => {
    modules = await bundleCore();
    committed = Object.fromEntries(modules.map((m) => [m.name, { code: read(m.jsPath), meta: read(m.metaPath) }]));
  });

  it('are maCore and maZod', () => {
    expect(modules.map((m) => m.name)).toEqual(['maCore', 'maZod']);
  });

  it('are committed and identical to a rebuild of shared-core (run `npm run build -w salesforce-lwc` if not)', () => {
    for (const module of modules) {
      expect({ name: module.name, fresh: committed[module.name].code === module.code }).toEqual({ name: module.name, fresh: true });
      expect(committed[module.name].meta).toBe(module.meta);
    }
  });

  it(`each stay within the ${BUDGET_BYTES}-byte module budget`, () => {
    for (const module of modules) {
      expect({ name: module.name, bytes: Buffer.byteLength(committed[module.name].code, 'utf8') <= BUDGET_BYTES }).toEqual({
        name: module.name,
        bytes: true,
      });
      expect(module.bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    }
  });

  it('are not exposed to App Builder', () => {
    for (const module of modules) expect(committed[module.name].meta).toMatch(/<isExposed>false<\/isExposed>/);
  });

  it('carry no comment and no import() (a comment naming it breaks the module loader in debug mode)', () => {
    for (const module of modules) {
      const ast = babelParser.parse(module.code, { sourceType: 'module' });
      expect({ name: module.name, comments: ast.comments.length }).toEqual({ name: module.name, comments: 0 });
      expect(module.code).not.toMatch(/\bimport\s*\(/);
    }
  });

  it('import each other only as c/maZod, with maZod exporting every name maCore uses', () => {
    const [core, zod] = modules;
    const parse = (code) => babelParser.parse(code, { sourceType: 'module' }).program.body;
    const sources = (code) => parse(code).filter((n) => n.source).map((n) => n.source.value);
    expect([...new Set(sources(core.code))]).toEqual(['c/maZod']);
    expect(sources(zod.code)).toEqual([]);
    const exported = parse(zod.code)
      .filter((n) => n.type === 'ExportNamedDeclaration')
      .flatMap((n) => n.specifiers.map((sp) => sp.exported.name));
    expect(exported.sort()).toEqual(zodNamesUsed(core.code));
  });

  it("have no code-generation site except zod's probe and compiler, both skipped when jitless", () => {
    const sites = modules.flatMap((m) => staticCodeGenerationSites(m.code).map((s) => ({ module: m.name, kind: s.kind })));
    // zod's `allowsEval` probe (`let F=Function; new F("")`) and its JIT
    // compiler (`new F(...)` in Doc.compile) alias the global Function; both
    // run only when jitless is off, which the runtime test below proves.
    for (const site of sites) expect(site).toEqual({ module: 'maZod', kind: 'Function alias' });
    expect(sites.length).toBeLessThanOrEqual(3);
  });

  it('parse with every exported schema and run the core entry points without generating code (jitless)', () => {
    const run = runWithoutCodeGeneration(committed.maCore.code, { 'c/maZod': committed.maZod.code });
    expect(run.attempts).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.schemasExercised).toBeGreaterThan(0);
    expect(run.exportNames).toEqual(expect.arrayContaining(['diagnose', 'buildPlan']));
  });
});

describe('zod handling in the build', () => {
  it('finds the zod names used by scope, and refuses a namespace used as a value', () => {
    const code = 'import*as a from"c/maZod";function f(a){return a.fake}export const s=a.object({x:a.string()});';
    expect(zodNamesUsed(code)).toEqual(['object', 'string']);
    expect(() => zodNamesUsed('import*as a from"c/maZod";export const all=a;')).toThrow(/as a value/);
    expect(zodNamesUsed('import{object as o,string as s}from"c/maZod";export const x=o({y:s()});')).toEqual(['object', 'string']);
  });
});

describe('code-generation check on seeded bad input', () => {
  it('catches zod compiling validators when jitless is not set', async () => {
    const built = await esbuild.build({
      entryPoints: [join(__dirname, 'fixtures', 'codegen', 'zod-with-jit.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['import'],
      write: false,
      logLevel: 'silent',
    });
    const run = runWithoutCodeGeneration(built.outputFiles[0].text);
    expect(run.schemasExercised).toBe(1);
    expect(run.attempts.length).toBeGreaterThan(0);
    expect(run.attempts[0].via).toBe('new Function');
  });

  it('reports eval and Function sites in text', () => {
    const kinds = staticCodeGenerationSites('a=eval("1");b=new Function("x");c=Function("y");let F=Function;')
      .map((s) => s.kind)
      .sort();
    expect(kinds).toEqual(['Function alias', 'Function call', 'eval call', 'new Function'].sort());
  });
});
