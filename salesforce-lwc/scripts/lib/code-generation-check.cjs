'use strict';
// Lightning runs components under a CSP without `unsafe-eval`: code that
// builds functions from strings fails there. Two checks on a bundle:
// - static: every text site that could generate code (`eval(`, `new Function`,
//   an alias of the global `Function`), so a reviewer sees each one;
// - runtime: the bundle runs in a V8 context that forbids code generation from
//   strings, with the global `Function` and `eval` replaced by recording traps,
//   while every exported zod schema parses sample inputs. Any use reached at
//   runtime is recorded (and would throw EvalError on the platform).
const vm = require('node:vm');
const esbuild = require('esbuild');

const STATIC_PATTERNS = [
  { kind: 'eval call', re: /\beval\s*\(/g },
  { kind: 'new Function', re: /\bnew\s+Function\b/g },
  { kind: 'Function call', re: /(?<![.\w$]|new\s+)Function\s*\(/g },
  { kind: 'Function alias', re: /=\s*Function\s*[;,)]/g },
];

/** Text sites that could generate code, with 60 characters of context. */
function staticCodeGenerationSites(code) {
  const sites = [];
  for (const { kind, re } of STATIC_PATTERNS) {
    for (const match of code.matchAll(re)) {
      const start = Math.max(0, match.index - 60);
      sites.push({ kind, index: match.index, context: code.slice(start, match.index + 60) });
    }
  }
  return sites;
}

// Inputs that walk the common parse paths: missing, wrong type, empty and
// filled objects and arrays (object schemas are where zod would JIT-compile).
const SAMPLE_INPUTS = [undefined, null, 0, 'x', true, [], {}, [{}], { a: 1, b: 'x', c: [1] }];

/**
 * Runs an ES module bundle (and the modules it imports, given by specifier in
 * `modules`) in a context without code generation and parses sample inputs
 * with every exported schema. Returns the recorded code generation attempts
 * and how many schemas were exercised.
 */
function runWithoutCodeGeneration(esmCode, modules = {}) {
  const toCjs = (code) => esbuild.transformSync(code, { format: 'cjs', target: 'es2020', logLevel: 'silent' }).code;
  const attempts = [];
  const cache = {};
  const sandbox = { console };
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  const load = (code, filename) => {
    const module = { exports: {} };
    const run = vm.runInContext(`(function (module, exports, require) {${toCjs(code)}\n})`, context, { filename });
    run(module, module.exports, (specifier) => {
      if (!(specifier in modules)) throw new Error(`${filename} imports unknown module ${specifier}`);
      if (!cache[specifier]) cache[specifier] = load(modules[specifier], specifier);
      return cache[specifier];
    });
    return module.exports;
  };
  const realFunction = vm.runInContext('Function', context);
  const realEval = vm.runInContext('eval', context);
  sandbox.Function = new Proxy(realFunction, {
    construct(target, args) {
      attempts.push({ via: 'new Function', source: String(args[args.length - 1] ?? '').slice(0, 80) });
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      attempts.push({ via: 'Function()', source: String(args[args.length - 1] ?? '').slice(0, 80) });
      return Reflect.apply(target, self, args);
    },
  });
  sandbox.eval = new Proxy(realEval, {
    apply(target, self, args) {
      attempts.push({ via: 'eval', source: String(args[0] ?? '').slice(0, 80) });
      return Reflect.apply(target, self, args);
    },
  });
  const exportsObject = load(esmCode, 'entry.js');
  const errors = [];
  const attempt = (label, run) => {
    try {
      run();
    } catch (error) {
      errors.push(`${label}: ${error && error.message}`);
    }
  };
  let schemasExercised = 0;
  for (const [name, value] of Object.entries(exportsObject)) {
    if (value && typeof value === 'object' && typeof value.safeParse === 'function') {
      schemasExercised += 1;
      for (const input of SAMPLE_INPUTS) attempt(name, () => value.safeParse(input));
    }
  }
  // The core's entry points parse their input with zod; call those that exist
  // with a small valid-looking input so their schemas run as the app runs them.
  const asOf = '2026-11-01T09:00:00Z';
  const calls = {
    diagnose: (f) => f({ answers: { 1: true, 2: true, 5: true } }, { asOf, lang: 'ja' }),
    buildPlan: (f) => f({ answers: { 1: true, 2: true } }, { start: '2026-11-01', lang: 'en' }),
    parseScoringModel: (f) => f({}),
    funnelKpis: (f) => f({ leads: [] }, { asOf }),
    newDefinitionSet: (f) => f('b2b-standard', { id: 'program', by: 'admin', at: asOf }),
    backtest: (f) => f({ thresholds: { mql: 1 } }, { leads: [{ id: 'a', scoredAt: asOf, won: true }] }),
    suggestModel: (f) => f({ thresholds: { mql: 1 } }, { leads: [{ id: 'a', scoredAt: asOf, won: true }] }, { asOf }),
  };
  for (const [name, call] of Object.entries(calls)) {
    if (typeof exportsObject[name] === 'function') attempt(name, () => call(exportsObject[name]));
  }
  return { attempts, errors, schemasExercised, exportNames: Object.keys(exportsObject), exports: exportsObject };
}

module.exports = { staticCodeGenerationSites, runWithoutCodeGeneration };
