#!/usr/bin/env node
// Prepares a portal from a terminal with the same code as the app functions
// (their writes, without the caller check: whoever holds the app's token can
// already do everything the app can, and is no signed-in user HubSpot names):
//   - creates the app's CRM properties (ma-setup-properties; existing ones are kept);
//   - with --company <id>: that company's program (ma-load-program, ma-save-program):
//       --default          makes it the portal's default MA program;
//       --program <file>   saves the JSON program parts in <file> (any of
//                          scoringModel, handoffRules, fieldMapping, name,
//                          targetLevel), checked by the core;
//       --access <file>    saves who signs for which department and the
//                          program's admins (ma-save-access; FUNCTIONS.md
//                          ProgramAccess: { "members": [{ "userId", "departments", "admin"? }] }).
//   HUBSPOT_ACCESS_TOKEN=pat-... npm run setup-properties -w hubspot-app -- --company 12345 --default --program program.json
// The token is the installed app's static access token. MA_CRM_BASE_PATH
// points the client at another API host (the tests' local stand-in).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

function stop(message, code) {
  console.error(message);
  process.exit(code);
}

const token = process.env.HUBSPOT_ACCESS_TOKEN;
if (!token) stop("Set HUBSPOT_ACCESS_TOKEN to the app's access token (HubSpot: Development > the app > Auth).", 2);
const companyId = option('--company');
if (args.includes('--company') && !/^\d+$/.test(companyId ?? '')) stop('--company needs a company id (digits).', 2);
const programFile = option('--program');
const accessFile = option('--access');
if ((args.includes('--default') || programFile || accessFile) && !companyId) stop('--default, --program and --access need --company <id>.', 2);
function readJson(flag, file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return stop(`${flag} ${file}: ${error.message}`, 2);
  }
}
const program = programFile ? readJson('--program', programFile) : {};
const access = accessFile ? readJson('--access', accessFile) : undefined;
process.env.PRIVATE_APP_ACCESS_TOKEN = token;

const fn = (name) => require(`../src/app/functions/${name}.js`);
const { createCrmClient, failureAnswer, formatPath } = require('../src/app/functions/fn-runtime.cjs');
const crm = createCrmClient(token);
function unwrap(answer) {
  if (answer.ok) return answer.value;
  const field = answer.error.field ? ` (${answer.error.field})` : '';
  return stop(`${answer.error.code}${field}: ${answer.error.message}`, 1);
}
/** The write itself, its refusal or HubSpot's error answered as a function would. */
async function run(work) {
  try {
    return await work();
  } catch (error) {
    return unwrap(failureAnswer(error, 'en'));
  }
}

const setup = await run(() => fn('ma-setup-properties').setupProperties(crm));
console.log(`created ${setup.created.length}: ${setup.created.join(', ') || '-'}`);
console.log(`already there ${setup.existing.length}`);
if (companyId && (args.includes('--default') || programFile)) {
  const view = unwrap(await fn('ma-load-program').main({ parameters: { companyId, lang: 'en' } }));
  const saved = await run(() =>
    fn('ma-save-program').saveProgram({ companyId, program, makeDefault: args.includes('--default'), expectedRevision: view.revision }, crm),
  );
  const parts = Object.keys(program).join(', ') || 'nothing';
  console.log(`program of company ${saved.companyId} (${saved.name || 'no name'}): saved ${parts}, default ${saved.isDefault}, revision ${saved.revision}`);
}
if (companyId && access !== undefined) {
  const { Params, saveAccess } = fn('ma-save-access');
  const view = unwrap(await fn('ma-load-program').main({ parameters: { companyId, lang: 'en' } }));
  const params = Params.safeParse({ companyId, access, expectedRevision: view.revision });
  if (!params.success) {
    const issue = params.error.issues[0];
    stop(`invalid-input (${formatPath(issue.path)}): ${issue.message}`, 1);
  }
  const saved = await run(() => saveAccess(params.data, crm));
  console.log(`access of company ${saved.companyId}: ${saved.program.access.members.length} member(s), revision ${saved.revision}`);
}
