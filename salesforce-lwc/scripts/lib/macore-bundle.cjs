'use strict';
// Bundles shared-core into generated LWC service modules. Shared by the build
// script (which writes the files) and the staleness test (which rebuilds in
// memory and compares), so both produce byte-identical output.
//
// Two modules, each under the per-module budget:
// - `maCore`: the core's own code, importing zod as `c/maZod`;
// - `maZod`: exactly the zod exports maCore uses, tree-shaken.
// Components import only `c/maCore`; LWC modules are singletons, so
// `z.config({ jitless: true })` run by maCore configures the one maZod.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { gzipSync } = require('node:zlib');
const esbuild = require('esbuild');
const babelParser = require('@babel/parser');
const traverse = require('@babel/traverse').default;

const PACKAGE_DIR = resolve(__dirname, '..', '..');
const CORE_ENTRY = resolve(PACKAGE_DIR, '..', 'shared-core', 'src', 'index.ts');
const LWC_DIR = join(PACKAGE_DIR, 'force-app', 'main', 'default', 'lwc');
const ZOD_MODULE = 'c/maZod';

// The stricter of the platform's documented per-module JS limits (older docs: 128 KB).
const BUDGET_BYTES = 128 * 1024;

const API_VERSION = JSON.parse(readFileSync(join(PACKAGE_DIR, 'sfdx-project.json'), 'utf8')).sourceApiVersion;

const metaXml = (label) => `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${API_VERSION}</apiVersion>
    <isExposed>false</isExposed>
    <masterLabel>${label}</masterLabel>
    <description>Generated from shared-core by npm run build. Do not edit by hand.</description>
</LightningComponentBundle>
`;

// zod itself becomes the sibling module.
const zodAsModule = {
  name: 'zod-as-lwc-module',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: ZOD_MODULE, external: true }));
    build.onResolve({ filter: /^zod\// }, (args) => ({
      errors: [{ text: `${args.importer}: import 'zod' itself, not ${args.path}` }],
    }));
  },
};

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

// Groups bundled bytes by origin (zod's folders, the core's top-level modules)
// so an over-budget build says where the bytes come from.
function bytesByOrigin(metafile) {
  const output = Object.values(metafile.outputs)[0];
  const totals = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const zod = input.match(/node_modules\/(zod\/(?:v4\/)?[^/]+)/);
    const core = input.match(/shared-core\/src\/([^/]+)/);
    const key = zod ? zod[1] : core ? `shared-core/${core[1].replace(/\.ts$/, '')}` : input;
    totals[key] = (totals[key] || 0) + bytesInOutput;
  }
  return Object.entries(totals).sort((a, b) => b[1] - a[1]);
}

/**
 * The zod exports a bundle uses from `c/maZod`: its named imports, and for a
 * namespace import the properties read from it, found by scope analysis (minified code reuses short names in inner scopes).
 * Throws if the namespace is used other than by property access (then every
 * export would be needed and a subset would be wrong).
 */
function zodNamesUsed(code) {
  const ast = babelParser.parse(code, { sourceType: 'module' });
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
          throw new Error(`maCore imports zod's default export as ${specifier.local.name}; zod has none`);
        }
        const binding = path.scope.getBinding(specifier.local.name);
        for (const reference of binding.referencePaths) {
          const parent = reference.parent;
          const isProperty = parent.type === 'MemberExpression' && parent.object === reference.node;
          if (isProperty && !parent.computed) names.add(parent.property.name);
          else if (isProperty && parent.property.type === 'StringLiteral') names.add(parent.property.value);
          else throw new Error('maCore uses the zod namespace as a value; the zod subset cannot be computed');
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

/** Builds both modules in memory: [{ name, code, meta, bytes, gzipBytes, byOrigin, jsPath, metaPath }]. */
async function bundleCore() {
  const core = await esbuild.build({ ...COMMON, entryPoints: [CORE_ENTRY], plugins: [zodAsModule] });
  const coreCode = core.outputFiles[0].text;
  const names = zodNamesUsed(coreCode);
  const zod = await esbuild.build({
    ...COMMON,
    stdin: {
      contents: names.length ? `export { ${names.join(', ')} } from 'zod';\n` : 'export {};\n',
      resolveDir: resolve(PACKAGE_DIR, '..', 'shared-core'),
      sourcefile: 'maZod-entry.js',
      loader: 'js',
    },
  });
  const zodCode = zod.outputFiles[0].text;
  return [
    { name: 'maCore', code: coreCode, meta: metaXml('MA Core (generated)'), byOrigin: bytesByOrigin(core.metafile), ...sizes(coreCode), ...moduleFiles('maCore') },
    { name: 'maZod', code: zodCode, meta: metaXml('MA Core zod subset (generated)'), byOrigin: bytesByOrigin(zod.metafile), zodNames: names, ...sizes(zodCode), ...moduleFiles('maZod') },
  ];
}

module.exports = { bundleCore, zodNamesUsed, BUDGET_BYTES, CORE_ENTRY, LWC_DIR, ZOD_MODULE };
