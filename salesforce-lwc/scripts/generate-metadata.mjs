#!/usr/bin/env node
// Writes the org metadata (objects, fields, list views, tabs, layouts,
// permission sets, app, pages, Japanese translations) from
// scripts/metadata/model.cjs and pages.cjs. Edit those, then run
// `npm run generate:metadata -w salesforce-lwc`; test/generated-metadata.test.js
// fails when the committed files differ from what this writes.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { renderAll, GENERATED_DIRS } = require('./metadata/render.cjs');

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = renderAll();

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

// Remove generated files that the model no longer produces.
let removed = 0;
for (const dir of GENERATED_DIRS) {
  let existing = [];
  try {
    existing = walk(join(packageDir, dir));
  } catch {
    continue;
  }
  for (const path of existing) {
    if (!(relative(packageDir, path) in files)) {
      rmSync(path);
      removed += 1;
    }
  }
}
for (const [path, text] of Object.entries(files)) {
  const target = join(packageDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
console.log(`wrote ${Object.keys(files).length} metadata files${removed ? `, removed ${removed} stale` : ''}`);
