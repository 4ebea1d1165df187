// The project's own schema checks of every *-hsmeta.json, offline: what
// HubSpot's schema service would refuse at upload, as far as the 2026.03
// templates (HubSpot/hubspot-project-components) and docs define it, plus
// cross-references the service cannot see (scopes for the API calls the
// functions make, function names the cards call).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export const UID = /^[a-zA-Z0-9_\-.]+$/;
export const CARD_LOCATIONS = ['crm.record.tab', 'crm.record.sidebar', 'crm.preview', 'helpdesk.sidebar'];
export const OBJECT_TYPES = ['CONTACT', 'COMPANY', 'DEAL', 'TICKET', 'PRODUCT', 'LINE_ITEM', 'QUOTE', 'LEAD', 'APPOINTMENT', 'COURSE', 'LISTING', 'SERVICE'];
/** Folder under src/app -> the component type its hsmeta files must declare. */
export const TYPE_OF_DIR: Record<string, string> = {
  '.': 'app',
  cards: 'card',
  functions: 'app-function',
  settings: 'settings',
  pages: 'page',
  'workflow-actions': 'workflow-action',
  webhooks: 'webhooks',
};
/** Component types whose config names an entrypoint file. */
const WITH_ENTRYPOINT = ['card', 'app-function', 'settings', 'page'];
export const WORKFLOW_CLIENTS = ['WORKFLOWS', 'AGENTS'];
export const WEBHOOK_SUBSCRIPTIONS = ['object.creation', 'object.deletion', 'object.propertyChange', 'object.merge', 'object.restore', 'object.associationChange'];
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** A URL HubSpot calls: https, or a profile variable (src/hsprofile.<name>.json) that becomes one at upload. */
const CALLED_URL = /^(https:\/\/\S+|\$\{[A-Za-z0-9_]+\})$/;

/** API calls (as the functions write them with @hubspot/api-client) -> the scope each needs. */
export const SCOPE_RULES: { call: RegExp; scopes: string[] }[] = [
  { call: /crm\.companies\.(basicApi\.getById|searchApi\.doSearch)/, scopes: ['crm.objects.companies.read'] },
  { call: /crm\.companies\.basicApi\.update/, scopes: ['crm.objects.companies.write'] },
  { call: /crm\.contacts\.(basicApi\.getById|searchApi\.doSearch)/, scopes: ['crm.objects.contacts.read'] },
  { call: /crm\.contacts\.(basicApi\.update|batchApi\.update)/, scopes: ['crm.objects.contacts.write'] },
  { call: /crm\.contacts\.batchApi/, scopes: ['crm.objects.contacts.read'] },
  { call: /crm\.companies\.batchApi/, scopes: ['crm.objects.companies.read'] },
  // Meetings are engagements; read with the contacts scope (as tasks), and associations of contacts.
  { call: /crm\.objects\[type\]\.batchApi|crm\.objects\.meetings/, scopes: ['crm.objects.contacts.read'] },
  { call: /crm\.associations\.v4\.batchApi\.getPage/, scopes: ['crm.objects.contacts.read', 'crm.objects.companies.read'] },
  // Owners and their teams, for routing a lead to a team (fn-routing.cjs).
  { call: /crm\.owners\.ownersApi\.getPage/, scopes: ['crm.objects.owners.read'] },
  // HubSpot's tasks API guide lists the contacts scopes for tasks.
  { call: /crm\.objects\.tasks\.(basicApi\.getById|batchApi\.read)/, scopes: ['crm.objects.contacts.read'] },
  { call: /crm\.objects\.tasks\.(basicApi\.update|batchApi\.create)/, scopes: ['crm.objects.contacts.write'] },
  { call: /crm\.associations\.v4\.basicApi\.getPage\('companies'/, scopes: ['crm.objects.companies.read'] },
  { call: /crm\.properties\.(groupsApi|coreApi)\.getAll/, scopes: ['crm.schemas.companies.read', 'crm.schemas.contacts.read'] },
  { call: /crm\.properties\.(groupsApi\.create|batchApi\.create)/, scopes: ['crm.schemas.companies.write', 'crm.schemas.contacts.write'] },
  // Is the caller a super admin (fn-access.cjs): the user provisioning API.
  { call: /settings\.users\.usersApi\.getById/, scopes: ['settings.users.read'] },
];

export interface Finding {
  file: string;
  message: string;
}

interface Meta {
  file: string;
  dir: string;
  json: { uid?: unknown; type?: unknown; config?: Record<string, unknown> } | null;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** Every finding for the project at `projectDir`; an empty list means it passes. */
export function checkProject(projectDir: string): Finding[] {
  const findings: Finding[] = [];
  const add = (file: string, message: string) => findings.push({ file: relative(projectDir, file) || file, message });
  const srcDir = join(projectDir, 'src');
  const appDir = join(srcDir, 'app');
  const metas: Meta[] = [];

  for (const file of walk(srcDir).filter((f) => f.endsWith('-hsmeta.json'))) {
    const dir = relative(appDir, dirname(file)) || '.';
    let json: Meta['json'] = null;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      add(file, 'is not valid JSON');
    }
    metas.push({ file, dir, json });
  }

  const uids = new Map<string, string>();
  for (const { file, dir, json } of metas) {
    if (!json) continue;
    const expectedType = TYPE_OF_DIR[dir];
    if (!expectedType) {
      add(file, `sits in "${dir}", which is not a component folder of an app (${Object.keys(TYPE_OF_DIR).join(', ')})`);
      continue;
    }
    const extra = Object.keys(json).filter((k) => !['uid', 'type', 'config'].includes(k));
    if (extra.length > 0) add(file, `has top-level fields other than uid, type, config: ${extra.join(', ')}`);
    if (typeof json.uid !== 'string' || !UID.test(json.uid) || json.uid.length > 64) {
      add(file, `uid ${JSON.stringify(json.uid)} must be 1-64 characters of letters, digits, _ - .`);
    } else if (uids.has(json.uid)) {
      add(file, `uid "${json.uid}" is also used by ${uids.get(json.uid)}`);
    } else {
      uids.set(json.uid, relative(projectDir, file));
    }
    if (json.type !== expectedType) add(file, `type is ${JSON.stringify(json.type)}, a file in ${dir} must be "${expectedType}"`);
    const config = json.config;
    if (!config || typeof config !== 'object') {
      add(file, 'has no config object');
      continue;
    }
    if (WITH_ENTRYPOINT.includes(expectedType)) checkEntrypoint(srcDir, dir, file, config, add);
    if (expectedType === 'card') checkCard(file, config, add);
    if (expectedType === 'workflow-action') checkWorkflowAction(file, config, add);
    if (expectedType === 'webhooks') checkWebhooks(file, config, add);
    if (expectedType === 'app-function' && config.endpoint !== undefined) checkEndpoint(srcDir, file, config, add);
  }

  const app = metas.find((m) => m.dir === '.' && basename(m.file) === 'app-hsmeta.json');
  if (!app || !app.json) {
    add(appDir, 'has no app-hsmeta.json');
    return findings;
  }
  const functionUids = metas.filter((m) => m.dir === 'functions' && m.json).map((m) => String(m.json!.uid));
  const settings = metas.filter((m) => m.dir === 'settings');
  if (settings.length > 1) add(settings[1]!.file, 'an app has one settings page; settings/ holds more than one *-hsmeta.json');
  checkProfiles(srcDir, metas, add);
  checkApp(app, functionUids.length > 0, add);
  checkScopes(appDir, app, add);
  checkServerlessNames(appDir, new Set(functionUids), add);
  return findings;
}

function checkEntrypoint(srcDir: string, dir: string, file: string, config: Record<string, unknown>, add: (f: string, m: string) => void) {
  const entry = config.entrypoint;
  if (typeof entry !== 'string' || !entry.startsWith(`/app/${dir}/`)) {
    add(file, `entrypoint ${JSON.stringify(entry)} must start with /app/${dir}/`);
    return;
  }
  const path = join(srcDir, entry);
  if (!existsSync(path)) {
    add(file, `entrypoint ${entry} does not exist`);
    return;
  }
  if (dir === 'cards' && relative(join(srcDir, 'app', 'cards'), dirname(path)) !== '') {
    add(file, `entrypoint ${entry} must sit directly in cards/ (no subfolders)`);
  }
  if (dir === 'functions') {
    if (!entry.endsWith('.js')) add(file, `entrypoint ${entry} must be a .js file`);
    else if (!/exports\.main\s*=/.test(readFileSync(path, 'utf8'))) add(file, `entrypoint ${entry} does not set exports.main`);
  }
}

function checkCard(file: string, config: Record<string, unknown>, add: (f: string, m: string) => void) {
  if (typeof config.name !== 'string' || config.name.trim() === '') add(file, 'card needs a name');
  if (!CARD_LOCATIONS.includes(String(config.location))) {
    add(file, `location ${JSON.stringify(config.location)} is not one of ${CARD_LOCATIONS.join(', ')}`);
  }
  const types = config.objectTypes;
  if (String(config.location).startsWith('crm.')) {
    if (!Array.isArray(types) || types.length === 0) add(file, 'objectTypes must list at least one object type');
    else for (const t of types) if (!OBJECT_TYPES.includes(String(t))) add(file, `objectTypes has unknown ${JSON.stringify(t)}`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The workflow action as the 2026.03 template and the custom workflow actions reference define it. */
function checkWorkflowAction(file: string, config: Record<string, unknown>, add: (f: string, m: string) => void) {
  if (typeof config.actionUrl !== 'string' || !CALLED_URL.test(config.actionUrl)) add(file, `actionUrl ${JSON.stringify(config.actionUrl)} must be an https URL or a \${profile variable}`);
  const clients = config.supportedClients;
  if (!Array.isArray(clients) || clients.length === 0) add(file, 'supportedClients must list at least one client');
  else for (const c of clients) if (!isRecord(c) || !WORKFLOW_CLIENTS.includes(String(c.client))) add(file, `supportedClients has unknown ${JSON.stringify(c)}`);
  const types = config.objectTypes;
  if (!Array.isArray(types) || types.length === 0) add(file, 'objectTypes must list at least one object type');
  else for (const t of types) if (!OBJECT_TYPES.includes(String(t))) add(file, `objectTypes has unknown ${JSON.stringify(t)}`);
  const names = (list: unknown, what: string) => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      add(file, `${what} must be a list`);
      return [];
    }
    return list.map((field, i) => {
      const def = isRecord(field) && isRecord(field.typeDefinition) ? field.typeDefinition : null;
      if (!def || typeof def.name !== 'string' || typeof def.type !== 'string') add(file, `${what}[${i}] needs a typeDefinition with name and type`);
      if (!isRecord(field) || !Array.isArray(field.supportedValueTypes)) add(file, `${what}[${i}] needs supportedValueTypes`);
      return def && typeof def.name === 'string' ? def.name : '';
    });
  };
  const inputs = names(config.inputFields, 'inputFields');
  const outputs = names(config.outputFields, 'outputFields');
  const labels = config.labels;
  if (!isRecord(labels) || !isRecord(labels.en) || typeof labels.en.actionName !== 'string') {
    add(file, 'labels.en.actionName is required');
    return;
  }
  for (const [locale, text] of Object.entries(labels)) {
    if (!isRecord(text)) continue;
    for (const [key, declared] of [['inputFieldLabels', inputs], ['inputFieldDescriptions', inputs], ['outputFieldLabels', outputs]] as const) {
      for (const name of Object.keys(isRecord(text[key]) ? (text[key] as object) : {})) {
        if (!declared.includes(name)) add(file, `labels.${locale}.${key} names "${name}", which is not a declared field`);
      }
    }
  }
}

/** The webhook subscriptions as the 2026.03 template defines them. */
function checkWebhooks(file: string, config: Record<string, unknown>, add: (f: string, m: string) => void) {
  const settings = config.settings;
  if (!isRecord(settings) || typeof settings.targetUrl !== 'string' || !CALLED_URL.test(settings.targetUrl)) add(file, 'settings.targetUrl must be an https URL or a ${profile variable}');
  if (isRecord(settings) && settings.maxConcurrentRequests !== undefined && !(Number.isInteger(settings.maxConcurrentRequests) && Number(settings.maxConcurrentRequests) >= 1)) {
    add(file, 'settings.maxConcurrentRequests must be a whole number of 1 or more');
  }
  const subscriptions = isRecord(config.subscriptions) ? config.subscriptions.crmObjects : undefined;
  if (!Array.isArray(subscriptions) || subscriptions.length === 0) {
    add(file, 'subscriptions.crmObjects must list at least one subscription');
    return;
  }
  subscriptions.forEach((sub, i) => {
    if (!isRecord(sub) || !WEBHOOK_SUBSCRIPTIONS.includes(String(sub.subscriptionType))) add(file, `subscriptions.crmObjects[${i}].subscriptionType ${JSON.stringify(isRecord(sub) ? sub.subscriptionType : sub)} is not one of ${WEBHOOK_SUBSCRIPTIONS.join(', ')}`);
    else if (typeof sub.objectType !== 'string') add(file, `subscriptions.crmObjects[${i}] needs an objectType`);
    else if ((sub.subscriptionType === 'object.propertyChange') !== (typeof sub.propertyName === 'string')) add(file, `subscriptions.crmObjects[${i}]: propertyName goes with object.propertyChange, and only with it`);
  });
}

/**
 * An endpoint function: a path and methods, and (it is public, HubSpot's
 * serverless reference: "without authentication") a body that checks
 * HubSpot's signature before it does anything.
 */
function checkEndpoint(srcDir: string, file: string, config: Record<string, unknown>, add: (f: string, m: string) => void) {
  const endpoint = config.endpoint;
  if (!isRecord(endpoint) || typeof endpoint.path !== 'string' || !/^\/[A-Za-z0-9_\-/]+$/.test(endpoint.path)) add(file, 'endpoint.path must be a path such as /my-app/hook');
  const methods = isRecord(endpoint) ? endpoint.methods : undefined;
  if (!Array.isArray(methods) || methods.length === 0 || methods.some((m) => !HTTP_METHODS.includes(String(m)))) add(file, `endpoint.methods must list methods of ${HTTP_METHODS.join(', ')}`);
  const entry = typeof config.entrypoint === 'string' ? join(srcDir, config.entrypoint) : '';
  if (entry && existsSync(entry) && !/require\('\.\/fn-signature\.cjs'\)/.test(readFileSync(entry, 'utf8'))) {
    add(file, `endpoint ${String(config.entrypoint)} is public but does not check HubSpot's signature (fn-signature.cjs)`);
  }
}

/** Every ${variable} an hsmeta file uses is defined by every profile (src/hsprofile.<name>.json), and some profile exists. */
function checkProfiles(srcDir: string, metas: Meta[], add: (f: string, m: string) => void) {
  const profiles = readdirSync(srcDir).filter((name) => /^hsprofile\.[^.]+\.json$/.test(name));
  const used = new Map<string, string>();
  for (const { file, json } of metas) {
    for (const match of JSON.stringify(json?.config ?? {}).matchAll(/\$\{([^}]+)\}/g)) used.set(match[1] as string, file);
  }
  if (used.size > 0 && profiles.length === 0) add(srcDir, `hsmeta files use ${[...used.keys()].join(', ')} but there is no src/hsprofile.<name>.json to define them`);
  for (const name of profiles) {
    let variables: Record<string, unknown> = {};
    try {
      const json = JSON.parse(readFileSync(join(srcDir, name), 'utf8'));
      variables = isRecord(json) && isRecord(json.variables) ? json.variables : {};
    } catch {
      add(join(srcDir, name), 'is not valid JSON');
      continue;
    }
    for (const [variable, file] of used) {
      if (!['string', 'number', 'boolean'].includes(typeof variables[variable])) add(join(srcDir, name), `does not define ${variable}, which ${relative(srcDir, file)} uses`);
    }
  }
}

function checkApp(app: Meta, hasFunctions: boolean, add: (f: string, m: string) => void) {
  const config = app.json!.config as { distribution?: unknown; auth?: { type?: unknown; requiredScopes?: unknown } };
  if (!['private', 'marketplace'].includes(String(config.distribution))) add(app.file, 'distribution must be private or marketplace');
  if (!config.auth || !['static', 'oauth'].includes(String(config.auth.type))) add(app.file, 'auth.type must be static or oauth');
  if (!Array.isArray(config.auth?.requiredScopes)) add(app.file, 'auth.requiredScopes must be a list');
  if (hasFunctions && (config.distribution !== 'private' || config.auth?.type !== 'static')) {
    add(app.file, 'app functions need distribution "private" and auth.type "static"');
  }
}

function checkScopes(appDir: string, app: Meta, add: (f: string, m: string) => void) {
  const auth = (app.json!.config as { auth?: { requiredScopes?: unknown } }).auth;
  const declared = new Set(Array.isArray(auth?.requiredScopes) ? auth!.requiredScopes.map(String) : []);
  const functionsDir = join(appDir, 'functions');
  if (!existsSync(functionsDir)) return;
  for (const file of readdirSync(functionsDir)) {
    if (!/\.(c?js)$/.test(file) || file.startsWith('maCore.')) continue;
    const source = readFileSync(join(functionsDir, file), 'utf8');
    for (const rule of SCOPE_RULES) {
      if (!rule.call.test(source)) continue;
      for (const scope of rule.scopes) {
        if (!declared.has(scope)) add(join(functionsDir, file), `calls ${rule.call.source} but the app does not declare the scope ${scope}`);
      }
    }
  }
}

/**
 * Function names the cards call: literal names in `hubspot.serverless('...')`,
 * and every 'ma-...' string literal in a file that calls hubspot.serverless
 * with a variable (the cards keep their function names in one union type
 * there).
 */
function checkServerlessNames(appDir: string, functionUids: Set<string>, add: (f: string, m: string) => void) {
  for (const folder of ['cards', 'settings', 'pages']) {
    const dir = join(appDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of walk(dir).filter((f) => /\.(tsx?|jsx?)$/.test(f) && !f.includes('maCore'))) {
      const source = readFileSync(file, 'utf8');
      if (!/hubspot\.serverless\(|runServerlessFunction\(/.test(source)) continue;
      const called = new Set([
        ...[...source.matchAll(/hubspot\.serverless\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1] as string),
        ...[...source.matchAll(/runServerlessFunction\(\s*\{\s*name:\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1] as string),
        ...[...source.matchAll(/['"`](ma-[a-z0-9]+(?:-[a-z0-9]+)+)['"`]/g)].map((m) => m[1] as string),
      ]);
      for (const name of called) {
        if (!functionUids.has(name)) add(file, `calls the function "${name}", which no functions/*-hsmeta.json declares`);
      }
    }
  }
}
