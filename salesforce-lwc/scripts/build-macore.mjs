#!/usr/bin/env node
// npm run build: regenerates the service modules of shared-core (maCore and
// the other parts in scripts/lib/core-parts.cjs) and maZod (the zod exports
// they use) under force-app/main/default/lwc. Over a module's budget (64 KB
// for the core's parts, 128 KB for maZod) it still writes the files (so the
// staleness test and the workbench see the real output) but exits non-zero
// with the largest contributors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const { bundleCore } = require('./lib/macore-bundle.cjs');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const modules = await bundleCore();
let over = false;
for (const module of modules) {
  console.log(
    `${module.name}.js: ${module.bytes} bytes (${kb(module.bytes)}) raw, ${module.gzipBytes} bytes (${kb(module.gzipBytes)}) gzip; budget ${kb(module.budget)} (${kb(module.budget - module.bytes)} free)`,
  );
  if (module.bytes > module.budget) {
    over = true;
    console.error(`${module.name}.js is over budget by ${module.bytes - module.budget} bytes; largest contributors (minified bytes):`);
    for (const [origin, size] of module.byOrigin.slice(0, 12)) console.error(`  ${String(size).padStart(7)}  ${origin}`);
  }
  mkdirSync(dirname(module.jsPath), { recursive: true });
  writeFileSync(module.jsPath, module.code);
  writeFileSync(module.metaPath, module.meta);
}
const total = modules.reduce((sum, m) => sum + m.bytes, 0);
const totalGzip = modules.reduce((sum, m) => sum + m.gzipBytes, 0);
console.log(`total: ${total} bytes (${kb(total)}) raw, ${totalGzip} bytes (${kb(totalGzip)}) gzip`);
if (over) process.exit(1);
