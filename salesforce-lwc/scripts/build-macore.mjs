#!/usr/bin/env node
// npm run build: regenerates the service modules maCore (shared-core) and
// maZod (the zod exports it uses) under force-app/main/default/lwc.
// Over the 128 KB per-module budget it still writes the files (so the
// staleness test and the workbench see the real output) but exits non-zero
// with the largest contributors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const { bundleCore, BUDGET_BYTES } = require('./lib/macore-bundle.cjs');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const modules = await bundleCore();
let over = false;
for (const module of modules) {
  console.log(
    `${module.name}.js: ${module.bytes} bytes (${kb(module.bytes)}) raw, ${module.gzipBytes} bytes (${kb(module.gzipBytes)}) gzip; budget ${kb(BUDGET_BYTES)}`,
  );
  if (module.bytes > BUDGET_BYTES) {
    over = true;
    console.error(`${module.name}.js is over budget by ${module.bytes - BUDGET_BYTES} bytes; largest contributors (minified bytes):`);
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
