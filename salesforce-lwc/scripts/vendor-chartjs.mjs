#!/usr/bin/env node
// Copies the installed Chart.js UMD build into force-app as the static resource
// MA_ChartJs (and its metadata). Run by `npm run build -w salesforce-lwc`;
// test/chartjs-resource.test.js fails when the committed copy is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const { resourcePath, metaPath, chartJsUmd, chartJsVersion, META } = require('./lib/chartjs-resource.cjs');

mkdirSync(dirname(resourcePath), { recursive: true });
const umd = chartJsUmd();
writeFileSync(resourcePath, umd);
writeFileSync(metaPath, META);
console.log(`MA_ChartJs: Chart.js ${chartJsVersion()} UMD, ${(umd.length / 1024).toFixed(1)} KB`);
