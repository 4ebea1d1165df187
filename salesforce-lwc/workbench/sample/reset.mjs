#!/usr/bin/env node
// `npm run sample:reset`: replaces the local org in MA_WORKBENCH_DATA (default
// salesforce-lwc/workbench/.data) with a fresh sample org. `--lang en` writes
// the sample in English (names, program, campaigns).
import { join } from 'node:path';
import { workbenchDir } from '../build/paths.mjs';
import { resetSamplePortal } from '../hubspot/preview.mjs';
import { openOrg } from '../server/server.mjs';
import { loadCore, loadLeadScoreInput } from './core.mjs';
import { generateSampleOrg } from './generate.mjs';

const dataDir = process.env.MA_WORKBENCH_DATA || join(workbenchDir, '.data');
const langArg = process.argv.indexOf('--lang');
const lang = langArg > 0 && process.argv[langArg + 1] === 'en' ? 'en' : process.env.MA_SAMPLE_LANG === 'en' ? 'en' : 'ja';

const org = await openOrg(dataDir);
const core = await loadCore();
const leadScoreInput = await loadLeadScoreInput();
const sample = await generateSampleOrg(org, { core, leadScoreInput }, { lang });
// The HubSpot preview's sample portal is made from the same records.
const portal = await resetSamplePortal(org);
org.store.close();
console.log(`Sample org restored in ${dataDir} (${lang}): ${sample.leads} leads, ${sample.tasks} plan tasks; HubSpot sample portal: ${portal.contacts} contacts, ${portal.tasks} plan tasks. Restart the workbench if it is running.`);
