#!/usr/bin/env node
// Creates the app's CRM properties in a portal from a terminal, with the same
// code as the app function ma-setup-properties (idempotent: existing ones are
// kept). Needs the installed app's static access token:
//   HUBSPOT_ACCESS_TOKEN=pat-... npm run setup-properties -w hubspot-app
// MA_CRM_BASE_PATH points it at another API host (the tests' local stand-in).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const token = process.env.HUBSPOT_ACCESS_TOKEN;
if (!token) {
  console.error('Set HUBSPOT_ACCESS_TOKEN to the app\'s access token (HubSpot: Development > the app > Auth).');
  process.exit(2);
}
process.env.PRIVATE_APP_ACCESS_TOKEN = token;
const { main } = require('../src/app/functions/ma-setup-properties.js');
const answer = await main({ parameters: { lang: 'en' } });
if (!answer.ok) {
  console.error(`${answer.error.code}: ${answer.error.message}`);
  process.exit(1);
}
console.log(`created ${answer.value.created.length}: ${answer.value.created.join(', ') || '-'}`);
console.log(`already there ${answer.value.existing.length}`);
