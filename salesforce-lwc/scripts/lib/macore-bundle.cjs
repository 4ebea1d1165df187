'use strict';
// Bundles shared-core into the LWC service module `maCore`. Shared by the build
// script (which writes the files) and the staleness test (which rebuilds in
// memory and compares), so both produce byte-identical output.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { gzipSync } = require('node:zlib');
const esbuild = require('esbuild');

const PACKAGE_DIR = resolve(__dirname, '..', '..');
const CORE_ENTRY = resolve(PACKAGE_DIR, '..', 'shared-core', 'src', 'index.ts');
const MODULE_DIR = join(PACKAGE_DIR, 'force-app', 'main', 'default', 'lwc', 'maCore');
const JS_PATH = join(MODULE_DIR, 'maCore.js');
const META_PATH = join(MODULE_DIR, 'maCore.js-meta.xml');

// The stricter of the platform's documented per-module JS limits (older docs: 128 KB).
const BUDGET_BYTES = 128 * 1024;

const API_VERSION = JSON.parse(readFileSync(join(PACKAGE_DIR, 'sfdx-project.json'), 'utf8')).sourceApiVersion;

const META_XML = `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${API_VERSION}</apiVersion>
    <isExposed>false</isExposed>
    <masterLabel>MA Core (generated)</masterLabel>
    <description>Generated from shared-core by npm run build. Do not edit by hand.</description>
</LightningComponentBundle>
`;

// The core reaches zod through `import { z } from './zod'`, which re-exports
// zod's namespace object as a value. A namespace that escapes as a value
// cannot be tree-shaken, so every locale and schema type ships (measured
// 382 KB minified against 79 KB). This plugin rewrites exactly that import
// into `import * as z from 'zod'` plus a side-effect import of the core's zod
// module, which still runs `z.config({ jitless: true })` before the importing
// module creates its schemas. The namespace is the same object, so behaviour
// is unchanged; any other import form from the zod module fails the build
// rather than being guessed at.
const Z_IMPORT = /import\s*\{\s*z\s*\}\s*from\s*(['"])((?:\.{1,2}\/)+zod(?:\.js)?)\1\s*;?/g;
const OTHER_ZOD_IMPORT = /import\s+(?!type\b)[^;]*?from\s*['"](?:\.{1,2}\/)+zod(?:\.js)?['"]/g;

function rewriteZodImports(source, file) {
  const rewritten = source.replace(Z_IMPORT, (_whole, quote, specifier) =>
    `import * as z from 'zod'; import ${quote}${specifier}${quote};`,
  );
  const leftover = rewritten.match(OTHER_ZOD_IMPORT);
  if (leftover) {
    throw new Error(`${file}: unsupported import of the core's zod module (${leftover[0]}); use \`import { z } from './zod'\``);
  }
  return rewritten;
}

const treeShakeZod = {
  name: 'tree-shake-zod',
  setup(build) {
    build.onLoad({ filter: /[\\/]shared-core[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: rewriteZodImports(source, args.path), loader: 'ts' };
    });
  },
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

/** Builds the bundle in memory; returns its text, sizes and bytes by origin. */
async function bundleCore() {
  const result = await esbuild.build({
    entryPoints: [CORE_ENTRY],
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
    plugins: [treeShakeZod],
    metafile: true,
  });
  const code = result.outputFiles[0].text;
  const bytes = Buffer.byteLength(code, 'utf8');
  return {
    code,
    bytes,
    gzipBytes: gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).length,
    byOrigin: bytesByOrigin(result.metafile),
  };
}

module.exports = { bundleCore, rewriteZodImports, BUDGET_BYTES, CORE_ENTRY, JS_PATH, META_PATH, META_XML, MODULE_DIR };
