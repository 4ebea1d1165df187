/** @jest-environment ./test/environment/node-with-dom.cjs */
// The generated service modules of shared-core (maCore and its parts, see
// scripts/lib/core-parts.cjs) and maZod (the zod exports they use): fresh,
// each within its budget, importing each other only as c/maCore and c/maZod,
// free of runtime code generation (Lightning's CSP has no unsafe-eval), and
// exporting every name a component imports from them.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');
const babelParser = require('@babel/parser');
const { bundleCore, zodNamesUsed, namedImports, exportedNames, PART_BUDGET_BYTES, PLATFORM_BUDGET_BYTES, LWC_DIR } = require('../scripts/lib/macore-bundle.cjs');
const { CORE_PARTS } = require('../scripts/lib/core-parts.cjs');
const { staticCodeGenerationSites, runWithoutCodeGeneration } = require('../scripts/lib/code-generation-check.cjs');

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
const KB = 1024;

describe('generated service modules', () => {
  let modules;
  let committed;
  let byName;
  beforeAll(async () => {
    modules = await bundleCore();
    byName = Object.fromEntries(modules.map((m) => [m.name, m]));
    committed = Object.fromEntries(modules.map((m) => [m.name, { code: read(m.jsPath), meta: read(m.metaPath) }]));
  });

  it('are the core parts and maZod', () => {
    expect(modules.map((m) => m.name)).toEqual(['maCore', 'maMethod', 'maSignOff', 'maLearn', 'maTemplates', 'maZod']);
    expect(CORE_PARTS.map((p) => p.name)).toEqual(modules.slice(0, -1).map((m) => m.name));
  });

  it('are the parts shared-core/src/index.ts is made of', () => {
    const index = readFileSync(join(__dirname, '..', '..', 'shared-core', 'src', 'index.ts'), 'utf8');
    const parts = [...index.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]);
    const entries = CORE_PARTS.map((p) => p.entry.replace(/\.ts$/, '').replace(/\/index$/, ''));
    expect(parts.sort()).toEqual(entries.sort());
  });

  it('are committed and identical to a rebuild of shared-core (run `npm run build -w salesforce-lwc` if not)', () => {
    for (const module of modules) {
      expect({ name: module.name, fresh: committed[module.name].code === module.code }).toEqual({ name: module.name, fresh: true });
      expect(committed[module.name].meta).toBe(module.meta);
    }
  });

  it(`each stay within their budget: ${PART_BUDGET_BYTES / KB} KB for the core's parts, ${PLATFORM_BUDGET_BYTES / KB} KB (the platform's limit) for maZod`, () => {
    for (const module of modules) {
      expect(module.budget).toBe(module.name === 'maZod' ? PLATFORM_BUDGET_BYTES : PART_BUDGET_BYTES);
      expect({ name: module.name, within: Buffer.byteLength(committed[module.name].code, 'utf8') <= module.budget }).toEqual({ name: module.name, within: true });
      expect(module.bytes).toBeLessThanOrEqual(module.budget);
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

  it('import each other only as c/maCore and c/maZod, maCore only c/maZod, with every imported name exported', () => {
    const parse = (code) => babelParser.parse(code, { sourceType: 'module' }).program.body;
    const sources = (code) => [...new Set(parse(code).filter((n) => n.source).map((n) => n.source.value))].sort();
    expect(sources(byName.maCore.code)).toEqual(['c/maZod']);
    expect(sources(byName.maZod.code)).toEqual([]);
    const coreExports = exportedNames(byName.maCore.code);
    for (const part of modules.slice(1, -1)) {
      expect({ part: part.name, imports: sources(part.code).filter((s) => s !== 'c/maCore' && s !== 'c/maZod') }).toEqual({ part: part.name, imports: [] });
      expect({ part: part.name, missing: namedImports(part.code, 'c/maCore').filter((n) => !coreExports.includes(n)) }).toEqual({ part: part.name, missing: [] });
    }
    const zodUsed = [...new Set(modules.slice(0, -1).flatMap((m) => zodNamesUsed(m.code)))].sort();
    expect(exportedNames(byName.maZod.code)).toEqual(zodUsed);
  });

  it("have no code-generation site except zod's probe and compiler, both skipped when jitless", () => {
    const sites = modules.flatMap((m) => staticCodeGenerationSites(m.code).map((s) => ({ module: m.name, kind: s.kind })));
    // zod's `allowsEval` probe (`let F=Function; new F("")`) and its JIT
    // compiler (`new F(...)` in Doc.compile) alias the global Function; both
    // run only when jitless is off, which the runtime test below proves.
    for (const site of sites) expect(site).toEqual({ module: 'maZod', kind: 'Function alias' });
    expect(sites.length).toBeLessThanOrEqual(3);
  });

  it('parse with every exported schema and run the core entry points of every module without generating code (jitless)', () => {
    // One page's worth of modules: each loaded once, as the platform's module registry does.
    const entry = modules
      .slice(0, -1)
      .map((m) => `export * from 'c/${m.name}';`)
      .join('\n');
    const run = runWithoutCodeGeneration(entry, Object.fromEntries(modules.map((m) => [`c/${m.name}`, committed[m.name].code])));
    expect(run.attempts).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.schemasExercised).toBeGreaterThan(0);
    expect(run.exportNames).toEqual(expect.arrayContaining(['diagnose', 'buildPlan', 'scoreLead', 'newDefinitionSet', 'suggestModel', 'SCORING_TEMPLATES']));
  });

  it("carry the method's and the suggestion's texts in their own modules, added to maCore's one catalog when loaded", () => {
    const available = Object.fromEntries(modules.map((m) => [`c/${m.name}`, committed[m.name].code]));
    // A lead record page loads maCore alone: its texts, not the method's.
    const leadPage = runWithoutCodeGeneration("export { t } from 'c/maCore';", available).exports;
    expect([leadPage.t('en', 'stage.mql'), leadPage.t('en', 'item.1')]).toEqual(['MQL', 'item.1']);
    const homePage = runWithoutCodeGeneration("export { t } from 'c/maCore'; export { diagnose } from 'c/maMethod'; export { suggestModel } from 'c/maLearn';", available).exports;
    expect(homePage.t('ja', 'suggest.outcome.won')).toBe('受注');
    expect(homePage.t('en', 'item.1')).not.toBe('item.1');
    expect(homePage.diagnose({ answers: { 1: true } }, { asOf: '2026-11-01', lang: 'en' }).value.levelName).not.toMatch(/^level\./);
  });
});

describe('the components and the generated modules', () => {
  const components = readdirSync(LWC_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && !['maCore', 'maZod', ...CORE_PARTS.map((p) => p.name)].includes(d.name));
  const generated = CORE_PARTS.map((p) => `c/${p.name}`);
  let exportsOf;
  beforeAll(async () => {
    const modules = await bundleCore();
    exportsOf = Object.fromEntries(modules.map((m) => [`c/${m.name}`, exportedNames(m.code)]));
  });

  it('import from a core module only names it exports (what the org would refuse to load)', () => {
    const wrong = [];
    let imports = 0;
    for (const dir of components) {
      for (const file of readdirSync(join(LWC_DIR, dir.name)).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(join(LWC_DIR, dir.name, file), 'utf8');
        for (const specifier of generated) {
          for (const name of namedImports(code, specifier)) {
            imports++;
            if (!exportsOf[specifier].includes(name)) wrong.push(`${dir.name}/${file}: ${name} from ${specifier}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(imports).toBeGreaterThan(20);
  });

  it('finds a name imported from the wrong module (seeded)', () => {
    const code = "import { diagnose } from 'c/maCore';";
    expect(namedImports(code, 'c/maCore').filter((n) => !exportsOf['c/maCore'].includes(n))).toEqual(['diagnose']);
  });

  it('keep the lead record page on maCore alone: maLeadScore loads no other core module', () => {
    const code = readFileSync(join(LWC_DIR, 'maLeadScore', 'maLeadScore.js'), 'utf8');
    expect(generated.filter((s) => namedImports(code, s).length > 0)).toEqual(['c/maCore']);
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
