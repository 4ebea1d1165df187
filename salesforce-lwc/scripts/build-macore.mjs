#!/usr/bin/env node
// npm run build: regenerates force-app/main/default/lwc/maCore from shared-core.
// Over the 128 KB module budget it still writes the bundle (so the staleness
// test and the workbench see the real output) but exits non-zero with the
// largest contributors, so the build fails where the bytes come from.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { bundleCore, BUDGET_BYTES, JS_PATH, META_PATH, META_XML, MODULE_DIR } = require('./lib/macore-bundle.cjs');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const { code, bytes, gzipBytes, byOrigin } = await bundleCore();
console.log(`maCore.js: ${bytes} bytes (${kb(bytes)}) raw, ${gzipBytes} bytes (${kb(gzipBytes)}) gzip; budget ${kb(BUDGET_BYTES)}`);
if (bytes > BUDGET_BYTES) {
  console.error('largest contributors (minified bytes):');
  for (const [origin, size] of byOrigin.slice(0, 12)) console.error(`  ${String(size).padStart(7)}  ${origin}`);
}
mkdirSync(MODULE_DIR, { recursive: true });
writeFileSync(JS_PATH, code);
writeFileSync(META_PATH, META_XML);
console.log(`wrote ${JS_PATH}`);
if (bytes > BUDGET_BYTES) {
  console.error(`maCore.js is over budget by ${bytes - BUDGET_BYTES} bytes.`);
  process.exit(1);
}
