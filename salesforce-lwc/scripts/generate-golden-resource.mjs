#!/usr/bin/env node
// Writes the static resource MA_Golden_Cases from tests/cases/golden.json;
// test/golden-resource.test.js fails when the committed copy is stale.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RESOURCE, RESOURCE_META, META, goldenResource } = require('./lib/golden-resource.cjs');

writeFileSync(RESOURCE, goldenResource());
writeFileSync(RESOURCE_META, META);
console.log(`wrote ${RESOURCE}`);
