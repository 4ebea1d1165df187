#!/usr/bin/env node
// Prepares a portal from a terminal with the same code as the app functions:
// creates the app's CRM properties (ma-setup-properties; existing ones are
// kept) and, with --default-program <companyId>, makes that company the
// portal's default MA program (ma-save-program, makeDefault).
//   HUBSPOT_ACCESS_TOKEN=pat-... npm run setup-properties -w hubspot-app -- [--default-program 12345]
// The token is the installed app's static access token. MA_CRM_BASE_PATH
// points the client at another API host (the tests' local stand-in).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const token = process.env.HUBSPOT_ACCESS_TOKEN;
if (!token) {
  console.error("Set HUBSPOT_ACCESS_TOKEN to the app's access token (HubSpot: Development > the app > Auth).");
  process.exit(2);
}
const args = process.argv.slice(2);
const defaultAt = args.indexOf('--default-program');
const defaultProgram = defaultAt >= 0 ? args[defaultAt + 1] : undefined;
if (defaultAt >= 0 && !/^\d+$/.test(defaultProgram ?? '')) {
  console.error('--default-program needs a company id (digits).');
  process.exit(2);
}
process.env.PRIVATE_APP_ACCESS_TOKEN = token;

const fn = (name) => require(`../src/app/functions/${name}.js`).main;
function unwrap(answer) {
  if (answer.ok) return answer.value;
  console.error(`${answer.error.code}: ${answer.error.message}`);
  process.exit(1);
}

const setup = unwrap(await fn('ma-setup-properties')({ parameters: { lang: 'en' } }));
console.log(`created ${setup.created.length}: ${setup.created.join(', ') || '-'}`);
console.log(`already there ${setup.existing.length}`);
if (defaultProgram) {
  const view = unwrap(await fn('ma-load-program')({ parameters: { companyId: defaultProgram, lang: 'en' } }));
  const saved = unwrap(
    await fn('ma-save-program')({
      parameters: { companyId: defaultProgram, program: {}, makeDefault: true, expectedRevision: view.revision, lang: 'en' },
    }),
  );
  console.log(`default program: company ${saved.companyId} (${saved.name || 'no name'}), revision ${saved.revision}`);
}
