// The workbench is a private, faithful org: it listens on loopback only,
// refuses a Host it does not serve and writes from other origins; its local
// org enforces the permission sets of force-app for the signed-in user and
// the sign-off rules (validation rules, the trigger played with the core),
// answering a forbidden write in the browser with the platform's error shape;
// signatures fired at the same moment by three departments are all stored.
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const { startWorkbench } = require('./support/workbench');
const { openBrowser, signIn } = require('./support/browser');
const { byDataId, expectText } = require('./support/lightning');

const BASE = '/services/data/v62.0';
let workbench;
let browser;
let users;

/** A request as a non-browser client makes it, with any Host and Origin. */
function raw(method, path, { host, origin, body } = {}) {
    return new Promise((resolve, reject) => {
        const headers = { Host: host || `127.0.0.1:${workbench.port}`, 'Content-Type': 'application/json', 'X-Workbench-User': users.admin };
        if (origin) headers.Origin = origin;
        const req = http.request({ host: '127.0.0.1', port: workbench.port, method, path, headers }, (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode, text }));
        });
        req.on('error', reject);
        req.end(body ? JSON.stringify(body) : undefined);
    });
}

async function api(method, path, { body, user = 'admin' } = {}) {
    const response = await fetch(`${workbench.url.replace(/\/$/, '')}${BASE}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Workbench-User': users[user], 'X-Workbench-Lang': 'en' },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
}

const graphql = (query, variables, user = 'admin') => api('POST', '/graphql', { body: { query, variables }, user });

/** Connects to host:port; resolves 'connected' or the error code. */
function tryConnect(host, port) {
    return new Promise((resolve) => {
        const socket = net.connect({ host, port, timeout: 3000 }, () => {
            socket.destroy();
            resolve('connected');
        });
        socket.on('error', (e) => resolve(e.code));
        socket.on('timeout', () => {
            socket.destroy();
            resolve('timeout');
        });
    });
}

async function program() {
    const r = await graphql('{ uiapi { query { MA_Program__c(first: 1) { edges { node { Id Scoring_Model__c { value } Current_Definition_Set__c { value } } } } } } }');
    return r.body.data.uiapi.query.MA_Program__c.edges[0].node;
}

async function definitionSets(programId) {
    const r = await graphql(
        `query q($p: ID) { uiapi { query { MA_Definition_Set__c(where: { Program__c: { eq: $p } }, orderBy: { Version__c: { order: DESC } }) {
            edges { node { Id Version__c { value } State__c { value } Definitions__c { value } Sign_Offs__r { edges { node { Role__c { value } } } } } } } } } }`,
        { p: programId }
    );
    return r.body.data.uiapi.query.MA_Definition_Set__c.edges.map((e) => e.node);
}

beforeAll(async () => {
    workbench = await startWorkbench();
    const page = await (await fetch(workbench.url)).text();
    users = Object.fromEntries(Object.entries(JSON.parse(/<script id="wb-config" type="application\/json">(.*?)<\/script>/s.exec(page)[1]).users).map(([role, u]) => [role, u.id]));
    browser = await openBrowser();
}, 600000);

afterAll(async () => {
    if (browser) await browser.close();
    if (workbench) await workbench.stop();
});

describe('private by default', () => {
    test('npm start listens on loopback only: the machine\'s other addresses and IPv6 loopback refuse the connection', async () => {
        expect(workbench.url).toBe(`http://127.0.0.1:${workbench.port}/`);
        expect(await tryConnect('127.0.0.1', workbench.port)).toBe('connected');
        const others = Object.values(os.networkInterfaces())
            .flat()
            .filter((i) => i && !i.internal && i.family === 'IPv4')
            .map((i) => i.address);
        for (const address of [...others, '::1']) {
            expect([address, await tryConnect(address, workbench.port)]).toEqual([address, expect.stringMatching(/^(ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH|EAFNOSUPPORT)$/)]);
        }
    });

    test('a Host it does not serve is refused (DNS rebinding); its own hosts are served', async () => {
        const rebound = await raw('GET', '/', { host: `attacker.example:${workbench.port}` });
        expect(rebound.status).toBe(421);
        expect(rebound.text).toMatch(/does not serve the host "attacker\.example/);
        expect((await raw('GET', `${BASE}/ui-api/records/${users.admin}?fields=User.Name`, { host: `attacker.example:${workbench.port}` })).status).toBe(421);
        expect((await raw('GET', '/', { host: `localhost:${workbench.port}` })).status).toBe(200);
        expect((await raw('GET', '/', { host: `127.0.0.1:${workbench.port}` })).status).toBe(200);
    });

    test('a write from another origin is refused; the workbench\'s own origin may write', async () => {
        const { Id } = await program();
        const body = { fields: { Target_Level__c: 4 } };
        const cross = await raw('PATCH', `${BASE}/ui-api/records/${Id}`, { origin: 'http://attacker.example', body });
        expect(cross.status).toBe(403);
        expect(cross.text).toMatch(/Writes from http:\/\/attacker\.example are refused/);
        const same = await raw('PATCH', `${BASE}/ui-api/records/${Id}`, { origin: `http://127.0.0.1:${workbench.port}`, body });
        expect(same.status).toBe(200);
    });

    test('HOST listens elsewhere only when asked, and says so', async () => {
        const open = await startWorkbench({ env: { HOST: '0.0.0.0' } });
        try {
            expect(open.output()).toMatch(/Warning: HOST=0\.0\.0\.0: the workbench listens beyond this machine/);
        } finally {
            await open.stop();
        }
    });
});

describe('the permission sets of force-app, enforced in the browser', () => {
    /** A write the page's own session makes, as a user could from the browser's console. */
    const forged = (page, method, path, body) =>
        page.evaluate(
            async ([m, p, b, base]) => {
                const config = JSON.parse(document.getElementById('wb-config').textContent);
                const user = config.users[window.localStorage.getItem('wb.role')];
                const response = await fetch(`${base}${p}`, {
                    method: m,
                    headers: { 'Content-Type': 'application/json', 'X-Workbench-User': user.id, 'X-Workbench-Lang': 'en' },
                    body: b === null ? undefined : JSON.stringify(b),
                });
                const text = await response.text();
                return { status: response.status, body: text ? JSON.parse(text) : null };
            },
            [method, path, body === undefined ? null : body, BASE]
        );
    const codeOf = (r) => {
        const output = r.body && r.body.output;
        return output.errors.length ? output.errors[0].errorCode : Object.values(output.fieldErrors)[0][0].errorCode;
    };

    test('the sales user cannot edit the scoring model, sign as marketing, create a user or delete a program; an admin can edit and delete, but not agree a set', async () => {
        const { Id: programId, Scoring_Model__c: model } = await program();
        const [v2] = await definitionSets(programId);
        const page = await browser.newPage();
        await signIn(page, workbench.url, { role: 'sales' });
        await page.goto(`${workbench.url}#/definitions`);
        const definitions = page.locator('c-ma-definitions');
        await expectText(byDataId(definitions, 'you-sign-for'), /営業/);
        // The page offers sales only; the org refuses marketing whatever the page sends.
        expect(await definitions.locator('[data-id="sign"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.role))).toEqual(['sales']);

        const editModel = await forged(page, 'PATCH', `/ui-api/records/${programId}`, { fields: { Scoring_Model__c: '{"fit":[]}' } });
        expect([editModel.status, codeOf(editModel)]).toEqual([403, 'INSUFFICIENT_ACCESS_OR_READONLY']);
        expect(editModel.body).toEqual(expect.objectContaining({ enhancedErrorType: 'RecordError', message: 'insufficient access rights on object id' }));

        const asMarketing = await forged(page, 'POST', '/ui-api/records', {
            apiName: 'MA_Sign_Off__c',
            fields: { Definition_Set__c: v2.Id, Role__c: 'marketing', Signed_By__c: users.sales, Version__c: 2 },
        });
        expect([asMarketing.status, codeOf(asMarketing)]).toEqual([400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION']);
        expect(asMarketing.body.output.errors[0].message).toMatch(/does not hold the marketing department/);

        const asSomeoneElse = await forged(page, 'POST', '/ui-api/records', {
            apiName: 'MA_Sign_Off__c',
            fields: { Definition_Set__c: v2.Id, Role__c: 'sales', Signed_By__c: users.marketing, Version__c: 2 },
        });
        expect([asSomeoneElse.status, codeOf(asSomeoneElse)]).toEqual([400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION']);
        expect(asSomeoneElse.body.output.fieldErrors.Signed_By__c[0].message).toMatch(/You can sign only as yourself/);

        const forceState = await forged(page, 'PATCH', `/ui-api/records/${v2.Id}`, { fields: { State__c: 'agreed' } });
        expect([forceState.status, codeOf(forceState)]).toEqual([403, 'INSUFFICIENT_ACCESS_OR_READONLY']);
        const newUser = await forged(page, 'POST', '/ui-api/records', { apiName: 'User', fields: { LastName: 'Intruder' } });
        expect([newUser.status, codeOf(newUser)]).toEqual([403, 'INSUFFICIENT_ACCESS_OR_READONLY']);
        const deleteProgram = await forged(page, 'DELETE', `/ui-api/records/${programId}`);
        expect([deleteProgram.status, codeOf(deleteProgram)]).toEqual([403, 'INSUFFICIENT_ACCESS_OR_READONLY']);
        expect((await program()).Id).toBe(programId);

        // A member may still do a member's work: read the model, sign for sales.
        expect((await graphql('{ uiapi { query { MA_Program__c(first: 1) { edges { node { Scoring_Model__c { value } } } } } } }', {}, 'sales')).status).toBe(200);

        const adminPage = await browser.newPage();
        await signIn(adminPage, workbench.url, { role: 'admin' });
        const adminEdit = await forged(adminPage, 'PATCH', `/ui-api/records/${programId}`, { fields: { Scoring_Model__c: model.value } });
        expect(adminEdit.status).toBe(200);
        // Not even an admin writes a set as agreed: agreement comes from the three sign-offs.
        const agreedJson = JSON.stringify({ ...JSON.parse(v2.Definitions__c.value), state: 'agreed' });
        const adminAgrees = await forged(adminPage, 'PATCH', `/ui-api/records/${v2.Id}`, { fields: { State__c: 'agreed', Definitions__c: agreedJson } });
        expect([adminAgrees.status, codeOf(adminAgrees)]).toEqual([400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION']);
        expect(adminAgrees.body.output.errors[0].message).toMatch(/a set is agreed only from the signatures stored for it/);
        const adminUser = await forged(adminPage, 'POST', '/ui-api/records', { apiName: 'User', fields: { LastName: 'Intruder' } });
        expect(adminUser.status).toBe(403);
        const scratch = await forged(adminPage, 'POST', '/ui-api/records', { apiName: 'MA_Program__c', fields: { Name: '削除するプログラム' } });
        expect(scratch.status).toBe(201);
        expect((await forged(adminPage, 'DELETE', `/ui-api/records/${scratch.body.id}`)).status).toBe(204);
    });

    test('a field a member may read but not edit is refused with the field-level security message', async () => {
        const { Id } = await program();
        const tasks = (await graphql(`query q($p: ID) { uiapi { query { MA_Task__c(where: { Program__c: { eq: $p } }, first: 1) { edges { node { Id } } } } } }`, { p: Id })).body.data.uiapi.query.MA_Task__c.edges;
        const taskId = tasks[0].node.Id;
        const reassign = await api('PATCH', `/ui-api/records/${taskId}`, { body: { fields: { Assignee__c: users.sales } }, user: 'sales' });
        expect(reassign.status).toBe(400);
        expect(reassign.body.output.fieldErrors.Assignee__c[0]).toEqual(expect.objectContaining({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', message: expect.stringMatching(/check the security settings of this field/) }));
        const status = await api('PATCH', `/ui-api/records/${taskId}`, { body: { fields: { Status__c: 'In_Progress' } }, user: 'sales' });
        expect(status.status).toBe(200);
    });
});

describe('signatures never lost', () => {
    test('three departments signing at the same moment are all stored and the set is agreed; a second signer of one department is refused, not lost', async () => {
        const { Id: programId, Current_Definition_Set__c: inForce } = await program();
        const [latest] = await definitionSets(programId);
        // An admin starts version N+1 in review (what maDefinitions writes: the core's set JSON, no signatures).
        const stored = JSON.parse(latest.Definitions__c.value);
        const version = stored.version + 1;
        const next = { ...stored, version, state: 'in_review', signatures: [], log: [...stored.log, { action: 'edited', by: 'admin', at: new Date().toISOString(), version }], previous: { version: stored.version, description: stored.description, stages: stored.stages } };
        const created = await api('POST', '/ui-api/records', {
            body: { apiName: 'MA_Definition_Set__c', fields: { Program__c: programId, Name: `v${version}`, Version__c: version, State__c: 'in_review', Definitions__c: JSON.stringify(next), Previous_Version__c: latest.Id } },
        });
        expect(created.status).toBe(201);
        const setId = created.body.id;
        const signAs = (user, role) =>
            api('POST', '/ui-api/records', { body: { apiName: 'MA_Sign_Off__c', fields: { Definition_Set__c: setId, Role__c: role, Signed_By__c: users[user], Version__c: version } }, user });
        const answers = await Promise.all([signAs('marketing', 'marketing'), signAs('insideSales', 'insideSales'), signAs('sales', 'sales'), signAs('marketing', 'marketing')]);
        const stati = answers.map((a) => a.status).sort();
        expect(stati).toEqual([201, 201, 201, 400]);
        // The second marketing signature arrives after the first (already signed) or after the third department (agreed): refused either way, and saying why.
        const refused = answers.find((a) => a.status === 400);
        expect(refused.body.output.errors[0].message).toMatch(/marketing has already signed version|only a set in review can be signed; this set is agreed/);

        const [after] = await definitionSets(programId);
        expect(after.Id).toBe(setId);
        expect(after.Sign_Offs__r.edges.map((e) => e.node.Role__c.value).sort()).toEqual(['insideSales', 'marketing', 'sales']);
        expect(after.State__c.value).toBe('agreed');
        const json = JSON.parse(after.Definitions__c.value);
        expect(json.signatures.map((s) => s.role)).toEqual(['marketing', 'insideSales', 'sales']);
        expect((await program()).Current_Definition_Set__c.value).toBe(setId);
        // The version in force until now is superseded by the one agreed.
        const previous = (await definitionSets(programId)).find((s) => s.Id === inForce.value);
        expect(previous.State__c.value).toBe('superseded');
    });
});
