// The HubSpot preview's server side, over HTTP and as modules: the function
// endpoint runs only the app functions the project declares and answers as
// HubSpot's local runtime does, each call with the signed-in portal user's
// own token (HubSpot's identity, checked by the functions); a workflow
// action's delivery, signed as HubSpot signs it, reaches the lifecycle
// endpoint through the preview's server; bad requests are refused naming the field;
// the local CRM listens on loopback; writes persist across a restart and
// `npm run sample:reset` restores the sample portal; the context a function
// receives has the 2026.03 runtime's shape; the preview's ja/en texts have
// the same keys and every key the page uses exists.
const { spawnSync } = require('node:child_process');
const { createHmac } = require('node:crypto');
const { readFileSync, readdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const { repoRoot, startWorkbench } = require('./support/workbench');

const workbenchDir = path.join(repoRoot, 'salesforce-lwc', 'workbench');
const hubspotDir = path.join(workbenchDir, 'hubspot');

let workbench;
// The app's client secret the preview signs with in this run (HubSpot's app Auth tab shows it in a portal).
const CLIENT_SECRET = 'e2e-client-secret';
const USERS = { admin: '71000001', marketing: '71000002', insideSales: '71000003', sales: '71000004' };

beforeAll(async () => {
    workbench = await startWorkbench({ keep: true, env: { MA_HUBSPOT_CLIENT_SECRET: CLIENT_SECRET } });
}, 600000);

afterAll(async () => {
    if (workbench) {
        await workbench.stop();
        rmSync(workbench.dataDir, { recursive: true, force: true });
    }
});

async function post(route, body, headers = { 'content-type': 'application/json' }) {
    const response = await fetch(`${workbench.url}hubspot/api/${route}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
}

const callFunction = (name, parameters) => post(`functions/${name}`, { parameters });
/** A card's call made by a portal user (the preview's worker says who is signed in). */
const callAs = (user, name, parameters) => post(`functions/${name}`, { parameters }, { 'content-type': 'application/json', 'x-hubspot-user': user });
const readContact = async (id, properties) => (await post('crm/properties', { objectTypeId: '0-1', objectId: id, properties })).body.properties;

/** A workflow action's delivery for one contact, signed as HubSpot signs it (v3: HMAC-SHA256 of method, URL, body, timestamp). */
async function deliver(contactId, { secret = CLIENT_SECRET, tamper = false } = {}) {
    const url = `${workbench.url}hubspot/hs/serverless/ma-maturity/lifecycle`;
    const body = JSON.stringify({ callbackId: `ap-48210001-1-${contactId}`, origin: { portalId: 48210001, actionDefinitionId: 1, actionDefinitionVersion: 1 }, object: { objectId: Number(contactId), objectType: 'CONTACT' }, inputFields: { lang: 'en' } });
    const timestamp = String(Date.now());
    const signature = createHmac('sha256', secret).update(`POST${url}${body}${timestamp}`).digest('base64');
    const sent = tamper ? body.replace(`"objectId":${contactId}`, `"objectId":${Number(contactId) + 1}`) : body;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp }, body: sent });
    return { status: response.status, body: await response.json() };
}

/** Runs an ES module snippet with Node (the workbench is ES modules; this runner is CommonJS) and answers what it prints as JSON. */
function esm(code) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout);
}
const moduleUrl = (file) => JSON.stringify(`file://${path.join(hubspotDir, file)}`);

test('an app function runs for real and answers as HubSpot answers a card: { logId, response }', async () => {
    const { status, body } = await callFunction('ma-load-program', { lang: 'ja' });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['logId', 'response']);
    expect(body.response.ok).toBe(true);
    expect(body.response.value).toMatchObject({ name: '東邦精機株式会社 産業機器事業部', isDefault: true });
    expect(body.response.value.diagnoses.map((d) => d.level)).toEqual([1, 2]);
    // The function's own validation answers bad parameters, naming the field.
    const bad = await callFunction('ma-save-diagnosis', { companyId: 'x1', lang: 'en' });
    expect(bad.body.response).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'companyId' } });
});

test('only the functions the project declares run: no other file, path or name', async () => {
    for (const name of ['fn-runtime', 'fn-runtime.cjs', 'maCore', 'ma-load-program.js', '..%2Fcards%2Fcore', '..%2F..%2F..%2Fpackage', '__proto__', 'constructor', 'toString']) {
        const { status, body } = await post(`functions/${name}`, { parameters: {} });
        expect([name, status]).toEqual([name, 404]);
        expect(body.errors ? body.errors[0].subCategory : body.category).toMatch(/FUNCTION_NOT_FOUND|OBJECT_NOT_FOUND/);
    }
    const get = await fetch(`${workbench.url}hubspot/api/functions/ma-load-program`);
    expect(get.status).toBe(404);
});

test('requests that are not JSON, not parseable or too large are refused with a message', async () => {
    const form = await post('functions/ma-load-program', 'parameters=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.body.message).toMatch(/application\/json/);
    const broken = await post('functions/ma-load-program', '{"parameters":', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toMatch(/JSON/);
    const large = await post('functions/ma-load-program', JSON.stringify({ parameters: { text: 'x'.repeat(2.2 * 1024 * 1024) } }));
    expect(large.status).toBe(413);
});

test('the card-side reads (properties, associations, search) check their input and name the field', async () => {
    const type = await post('crm/properties', { objectTypeId: '9-99', objectId: 1, properties: ['email'] });
    expect(type).toMatchObject({ status: 400, body: { field: 'objectTypeId' } });
    const name = await post('crm/properties', { objectTypeId: '0-1', objectId: 1, properties: ['email', 'bad name'] });
    expect(name).toMatchObject({ status: 400, body: { field: 'properties.1' } });
    const page = await post('crm/associations', { objectTypeId: '0-1', objectId: 1, request: { toObjectType: 'companies', pageLength: 0 } });
    expect(page).toMatchObject({ status: 400, body: { field: 'request.pageLength' } });
    const search = await post('crm/search', { request: { objectType: 'contacts', filterGroups: [{ filters: 'none' }] } });
    expect(search).toMatchObject({ status: 400, body: { field: 'request.filterGroups.0.filters' } });
    const missing = await post('crm/properties', { objectTypeId: '0-1', objectId: 999999, properties: ['email'] });
    expect(missing.status).toBe(404);
});

test('each call runs as the signed-in portal user: HubSpot’s token names them, the program’s mapping gives their departments', async () => {
    const me = async (user) => (await callAs(user, 'ma-current-user', { lang: 'en' })).body.response;
    expect((await me(USERS.sales)).value).toMatchObject({ userId: USERS.sales, email: 'sales@toho-seiki.example', departments: ['sales'], admin: false });
    expect((await me(USERS.admin)).value).toMatchObject({ userId: USERS.admin, departments: [], admin: true });
    // Nobody signed in, or someone the portal does not know: the app's own token, which names no user.
    for (const user of [undefined, '99999']) {
        const answer = user ? await me(user) : (await callFunction('ma-current-user', { lang: 'en' })).body.response;
        expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(answer.error.message).toMatch(/not a user-level token/);
    }
    // Marketing cannot sign for sales, whatever the card sends.
    const { value: program } = (await callFunction('ma-load-program', { lang: 'en' })).body.response;
    const forged = await callAs(USERS.marketing, 'ma-sign-definitions', { companyId: program.companyId, role: 'sales', version: program.definitions.current.version, lang: 'en' });
    expect(forged.body.response).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'role' } });
});

test('a workflow action’s delivery, signed as HubSpot signs it, reaches the lifecycle endpoint through the preview’s server and carries out the engine’s answer', async () => {
    // Sales signs v2 (MQL at 65 instead of 70): agreed and in force, so a contact scoring 65-70 becomes an MQL at its next evaluation.
    const { value: program } = (await callFunction('ma-load-program', { lang: 'en' })).body.response;
    const signed = await callAs(USERS.sales, 'ma-sign-definitions', { companyId: program.companyId, role: 'sales', version: 2, lang: 'en' });
    expect(signed.body.response.value.definitions.inForce.version).toBe(2);
    const { body: all } = await fetch(`${workbench.url}hubspot/api/records/contacts?view=all`).then(async (r) => ({ body: await r.json() }));
    const candidate = all.results.find((c) => !c.properties.ma_mql_at && Number(c.properties.ma_score) >= 65.5 && Number(c.properties.ma_score) < 70 && ['A', 'B'].includes(c.properties.ma_grade));
    expect(candidate).toBeDefined();
    const facts = ['ma_mql_at', 'ma_definition_version', 'ma_assigned_at', 'ma_evaluated_at', 'hubspot_owner_id'];

    // Not HubSpot's: a wrong secret, or a body changed after signing, is refused before anything is read or written.
    expect((await deliver(candidate.id, { secret: 'someone-else' })).status).toBe(401);
    expect((await deliver(candidate.id, { tamper: true })).status).toBe(401);
    expect((await readContact(candidate.id, facts)).ma_mql_at).toBeNull();

    const answer = await deliver(candidate.id);
    expect(answer.status).toBe(200);
    expect(answer.body.outputFields).toMatchObject({ hs_execution_state: 'SUCCESS', ma_stage: 'mql', ma_handoff_status: 'on-time', ma_actions: 'assign,create-task,notify', ma_problems: '' });
    const written = await readContact(candidate.id, facts);
    expect(written).toMatchObject({ ma_definition_version: '2', hubspot_owner_id: USERS.insideSales });
    expect(written.ma_mql_at).toMatch(/^\d{4}-/);
    expect(written.ma_assigned_at).toBe(written.ma_mql_at);
    expect(written.ma_evaluated_at).toBe(written.ma_mql_at);
    // The first-touch task for inside sales, on the contact.
    const tasks = await post('crm/associations', { objectTypeId: '0-1', objectId: candidate.id, request: { toObjectType: 'tasks', properties: ['hs_task_body', 'hubspot_owner_id'] } });
    expect(tasks.body.results.map((t) => t.properties.hubspot_owner_id)).toEqual([USERS.insideSales]);
    expect(tasks.body.results[0].properties.hs_task_body).toContain(`[ma-lead contact=${candidate.id} cycle=${written.ma_mql_at} action=first-touch]`);

    // HubSpot delivers again (a retry): the same MQL cycle, owner and stamp, no second task.
    expect((await deliver(candidate.id)).status).toBe(200);
    const { ma_evaluated_at: _at, ...cycle } = written;
    expect(await readContact(candidate.id, facts)).toMatchObject(cycle);
    expect((await post('crm/associations', { objectTypeId: '0-1', objectId: candidate.id, request: { toObjectType: 'tasks' } })).body.results).toHaveLength(1);
});

test('a write persists across a restart, and sample:reset restores the sample portal', async () => {
    const { body } = await fetch(`${workbench.url}hubspot/api/records/contacts?view=mql`).then(async (r) => ({ body: await r.json() }));
    const waiting = body.results.find((c) => !c.properties.ma_sal_at && !c.properties.ma_sal_rejected_at);
    const read = async () => (await post('crm/properties', { objectTypeId: '0-1', objectId: waiting.id, properties: ['ma_sal_at', 'hs_lastmodifieddate'] })).body.properties;
    const before = await read();
    const accepted = await callFunction('ma-handoff-action', { contactId: waiting.id, action: 'accept', by: 'test', expectedLastModified: before.hs_lastmodifieddate, lang: 'en' });
    expect(accepted.body.response.ok).toBe(true);
    const salAt = (await read()).ma_sal_at;
    expect(salAt).toMatch(/^\d{4}-/);

    const { dataDir } = workbench;
    await workbench.stop();
    workbench = await startWorkbench({ reuse: dataDir, keep: true });
    expect((await read()).ma_sal_at).toBe(salAt);

    await workbench.stop();
    const reset = spawnSync(process.execPath, [path.join(workbenchDir, 'sample', 'reset.mjs')], { cwd: repoRoot, env: { ...process.env, MA_WORKBENCH_DATA: dataDir }, encoding: 'utf8' });
    expect(reset.status).toBe(0);
    expect(reset.stdout).toMatch(/HubSpot sample portal: 800 contacts/);
    workbench = await startWorkbench({ reuse: dataDir, keep: true });
    const contacts = await fetch(`${workbench.url}hubspot/api/records/contacts?view=all`).then((r) => r.json());
    const again = contacts.results.find((c) => c.properties.email === waiting.properties.email);
    expect(again.properties.ma_sal_at).toBeNull();
});

test('the local CRM listens on the loopback interface only', () => {
    const { baseUrl } = esm(`
        import { startCrm } from ${moduleUrl('crm.mjs')};
        const crm = await startCrm(null, () => {}, { users: {}, teams: [] });
        await crm.stop();
        console.log(JSON.stringify({ baseUrl: crm.baseUrl }));
    `);
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test('the context a function receives has the shape of HubSpot’s 2026.03 runtime', () => {
    const context = esm(`
        import { functionContext } from ${moduleUrl('function-context.mjs')};
        const c = functionContext({ parameters: { a: 1 } }, { token: 't' });
        console.log(JSON.stringify({ keys: Object.keys(c).sort(), parameters: c.parameters, propertiesToSend: c.propertiesToSend, secrets: c.secrets, event: c.event === undefined }));
    `);
    expect(context).toEqual({ keys: ['event', 'parameters', 'propertiesToSend', 'secrets'], parameters: { a: 1 }, propertiesToSend: {}, secrets: { PRIVATE_APP_ACCESS_TOKEN: 't' }, event: true });
});

test('the preview’s texts: Japanese and English have the same keys, and every key the page uses exists', () => {
    const labels = esm(`
        import { LABELS } from ${moduleUrl('host/labels.js')};
        console.log(JSON.stringify({ ja: Object.keys(LABELS.ja).sort(), en: Object.keys(LABELS.en).sort() }));
    `);
    expect(labels.en).toEqual(labels.ja);
    const sources = [];
    const walk = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(file);
            else if (/\.jsx?$/.test(entry.name)) sources.push(readFileSync(file, 'utf8'));
        }
    };
    walk(path.join(hubspotDir, 'host'));
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !labels.ja.includes(key))).toEqual([]);
});
