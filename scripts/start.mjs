#!/usr/bin/env node
// `npm start`: the local workbench — the real Lightning components over an
// embedded sample org (salesforce-lwc/workbench), on 127.0.0.1 only. PORT picks
// the port (3000 by default), HOST another address (with a warning);
// MA_WORKBENCH_DATA the data folder; `npm run sample:reset` restores the sample org.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
await import(pathToFileURL(join(root, 'salesforce-lwc', 'workbench', 'server', 'main.mjs')).href);
