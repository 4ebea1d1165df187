'use strict';
// Bundles shared-core into generated LWC service modules. Shared by the build
// script (which writes the files) and the staleness test (which rebuilds in
// memory and compares), so both produce byte-identical output.
//
// One module per part of the core's public surface (core-parts.cjs), so a
// page loads only the parts its components use: maCore on every page,
// maMethod where the diagnosis and plan are, maSignOff where definitions are
// written and signed, maLearn where a model is tuned, maTemplates where one is
// started; and maZod, exactly the zod exports the others use, tree-shaken.
// A part imports what it needs of the core from `c/maCore` and zod from
// `c/maZod`; nothing else crosses modules. LWC modules are singletons, so
// maCore's catalogs (which maMethod and maLearn add their texts to) and zod's
// `config({ jitless: true })` are shared by every module of a page.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { gzipSync } = require('node:zlib');
const esbuild = require('esbuild');
const babelParser = require('@babel/parser');
const traverse = require('@babel/traverse').default;
const { CORE_PARTS } = require('./core-parts.cjs');

const PACKAGE_DIR = resolve(__dirname, '..', '..');
const CORE_SRC = resolve(PACKAGE_DIR, '..', 'shared-core', 'src');
const CORE_ENTRY = join(CORE_SRC, 'index.ts');
const LWC_DIR = join(PACKAGE_DIR, 'force-app', 'main', 'default', 'lwc');
const CORE_MODULE = 'c/maCore';
const ZOD_MODULE = 'c/maZod';
const KB = 1024;

// The platform's documented per-module JS limit is 128 KB (the stricter of
// its limits); the core's own modules keep half of it, so what every page
// loads stays small and each part has room to grow.
const PLATFORM_BUDGET_BYTES = 128 * KB;
const PART_BUDGET_BYTES = 64 * KB;

// Bundled into every part that uses them, not shared through maCore: the
// core's one zod import (it sets jitless, idempotently) and its named zod parts.
const BUNDLED_IN_EACH = ['zod.ts', 'zod-parts.ts'].map((f) => join(CORE_SRC, f));

const API_VERSION = JSON.parse(readFileSync(join(PACKAGE_DIR, 'sfdx-project.json'), 'utf8')).sourceApiVersion;

const metaXml = (label) => `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${API_VERSION}</apiVersion>
    <isExposed>false</isExposed>
    <masterLabel>${label}</masterLabel>
    <description>Generated from shared-core by npm run build. Do not edit by hand.</description>
</LightningComponentBundle>
`;

const COMMON = {
  bundle: true,
  format: 'esm',
  target: 'es2020',
  platform: 'neutral',
  // zod publishes ESM under the `import` condition; neutral has no default main fields.
  mainFields: ['module', 'main'],
  conditions: ['import'],
  minify: true,
  // No comments at all: a comment mentioning `import()` breaks Lightning's
  // module loader in debug mode, and licence banners are not needed in-org.
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'silent',
  metafile: true,
};

/**
 * zod becomes the sibling module; for a part other than maCore, every core
 * file that maCore holds becomes an import of `c/maCore`.
 */
function lightningModules(coreFiles) {
  return {
    name: 'core-as-lwc-modules',
    setup(build) {
      build.onResolve({ filter: /^zod$/ }, () => ({ path: ZOD_MODULE, external: true }));
      build.onResolve({ filter: /^zod\// }, (args) => ({
        errors: [{ text: `${args.importer}: import 'zod' itself, not ${args.path}` }],
      }));
      if (!coreFiles) return;
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (resolved.errors.length) return { errors: resolved.errors };
        if (coreFiles.has(resolved.path) && !BUNDLED_IN_EACH.includes(resolved.path)) return { path: CORE_MODULE, external: true };
        return { path: resolved.path };
      });
    },
  };
}

/** The core source files a build took in. */
const inputsOf = (metafile) => new Set(Object.keys(metafile.inputs).map((p) => resolve(PACKAGE_DIR, p)).filter((p) => p.startsWith(CORE_SRC)));

// Groups bundled bytes by origin (zod's folders, the core's top-level modules)
// so an over-budget build says where the bytes come from.
function bytesByOrigin(metafile) {
  const output = Object.values(metafile.outputs)[0];
  const totals = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const zod = input.match(/node_modules\/(zod\/(?:v4\/)?[^/]+)/);
    const core = input.match(/shared-core\/src\/(.+)$/);
    const key = zod ? zod[1] : core ? `shared-core/${core[1].replace(/\.ts$/, '')}` : input;
    totals[key] = (totals[key] || 0) + bytesInOutput;
  }
  return Object.entries(totals).sort((a, b) => b[1] - a[1]);
}

// Components use decorators (@api, @wire); the generated modules parse the same way.
const parse = (code) => babelParser.parse(code, { sourceType: 'module', plugins: ['decorators-legacy'] });

/** The names a bundle or a component imports from `specifier` (named imports only; see zodNamesUsed for a namespace). */
function namedImports(code, specifier) {
  return [
    ...new Set(
      parse(code)
        .program.body.filter((n) => n.type === 'ImportDeclaration' && n.source.value === specifier)
        .flatMap((n) => n.specifiers.map((s) => (s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : `* as ${s.local.name}`))),
    ),
  ].sort();
}

/** The names a bundle exports. */
function exportedNames(code) {
  return parse(code)
    .program.body.filter((n) => n.type === 'ExportNamedDeclaration')
    .flatMap((n) => n.specifiers.map((s) => s.exported.name ?? s.exported.value))
    .sort();
}

/**
 * The zod exports a bundle uses from `c/maZod`: its named imports, and for a
 * namespace import the properties read from it, found by scope analysis (minified code reuses short names in inner scopes).
 * Throws if the namespace is used other than by property access (then every
 * export would be needed and a subset would be wrong).
 */
function zodNamesUsed(code) {
  const ast = parse(code);
  const names = new Set();
  traverse(ast, {
    ImportDeclaration(path) {
      if (path.node.source.value !== ZOD_MODULE) return;
      for (const specifier of path.node.specifiers) {
        // The core names its zod parts (shared-core/src/zod-parts.ts), so
        // esbuild imports them by name; a namespace import is followed by use.
        if (specifier.type === 'ImportSpecifier') {
          names.add(specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value);
          continue;
        }
        if (specifier.type !== 'ImportNamespaceSpecifier') {
          throw new Error(`a core module imports zod's default export as ${specifier.local.name}; zod has none`);
        }
        const binding = path.scope.getBinding(specifier.local.name);
        for (const reference of binding.referencePaths) {
          const parent = reference.parent;
          const isProperty = parent.type === 'MemberExpression' && parent.object === reference.node;
          if (isProperty && !parent.computed) names.add(parent.property.name);
          else if (isProperty && parent.property.type === 'StringLiteral') names.add(parent.property.value);
          else throw new Error('a core module uses the zod namespace as a value; the zod subset cannot be computed');
        }
      }
    },
  });
  return [...names].sort();
}

const sizes = (code) => ({
  bytes: Buffer.byteLength(code, 'utf8'),
  gzipBytes: gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).length,
});

const moduleFiles = (name) => ({
  jsPath: join(LWC_DIR, name, `${name}.js`),
  metaPath: join(LWC_DIR, name, `${name}.js-meta.xml`),
});

/**
 * Every part's files: maCore's are those its entry takes in; another part's
 * are those its entry takes in beyond maCore's. A file two parts would both
 * need is refused: it belongs in the core (src/core.ts) or in one part.
 */
async function partFiles() {
  const taken = [];
  for (const part of CORE_PARTS) {
    const result = await esbuild.build({ ...COMMON, entryPoints: [join(CORE_SRC, part.entry)], plugins: [lightningModules(null)] });
    taken.push(inputsOf(result.metafile));
  }
  const core = taken[0];
  const owner = new Map();
  CORE_PARTS.forEach((part, i) => {
    if (i === 0) return;
    for (const file of taken[i]) {
      if (core.has(file) || BUNDLED_IN_EACH.includes(file)) continue;
      const other = owner.get(file);
      if (other) throw new Error(`${file.slice(CORE_SRC.length + 1)} is needed by both ${other} and ${part.name}: move it into the core (src/core.ts) or keep it to one part`);
      owner.set(file, part.name);
    }
  });
  return core;
}

/** Builds every module in memory: [{ name, code, meta, bytes, gzipBytes, budget, byOrigin, jsPath, metaPath }], maZod last. */
async function bundleCore() {
  const coreFiles = await partFiles();
  const parts = [];
  for (const part of CORE_PARTS) {
    const isCore = part.name === 'maCore';
    const result = await esbuild.build({ ...COMMON, entryPoints: [join(CORE_SRC, part.entry)], plugins: [lightningModules(isCore ? null : coreFiles)] });
    const code = result.outputFiles[0].text;
    parts.push({ name: part.name, code, meta: metaXml(part.label), budget: PART_BUDGET_BYTES, byOrigin: bytesByOrigin(result.metafile), ...sizes(code), ...moduleFiles(part.name) });
  }
  const coreExports = new Set(exportedNames(parts[0].code));
  for (const part of parts.slice(1)) {
    const missing = namedImports(part.code, CORE_MODULE).filter((n) => !coreExports.has(n));
    if (missing.length) throw new Error(`${part.name} imports ${missing.join(', ')} from c/maCore, which shared-core/src/core.ts does not export`);
  }
  const names = [...new Set(parts.flatMap((p) => zodNamesUsed(p.code)))].sort();
  const zod = await esbuild.build({
    ...COMMON,
    stdin: {
      contents: names.length ? `export { ${names.join(', ')} } from 'zod';\n` : 'export {};\n',
      resolveDir: resolve(CORE_SRC, '..'),
      sourcefile: 'maZod-entry.js',
      loader: 'js',
    },
  });
  const zodCode = zod.outputFiles[0].text;
  return [
    ...parts,
    { name: 'maZod', code: zodCode, meta: metaXml('MA Core zod subset (generated)'), budget: PLATFORM_BUDGET_BYTES, byOrigin: bytesByOrigin(zod.metafile), zodNames: names, ...sizes(zodCode), ...moduleFiles('maZod') },
  ];
}

module.exports = {
  bundleCore,
  zodNamesUsed,
  namedImports,
  exportedNames,
  CORE_PARTS,
  PART_BUDGET_BYTES,
  PLATFORM_BUDGET_BYTES,
  CORE_ENTRY,
  CORE_MODULE,
  LWC_DIR,
  ZOD_MODULE,
};
